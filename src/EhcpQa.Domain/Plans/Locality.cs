namespace EhcpQa.Domain.Plans;

/// <summary>A locality (area team) of the SEND service. Plans and SEND team staff belong to one.</summary>
public sealed class Locality
{
    private Locality()
    {
        Name = string.Empty;
    }

    public Locality(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
    }

    public int Id { get; private set; }

    public string Name { get; private set; }
}
