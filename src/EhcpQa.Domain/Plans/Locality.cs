namespace EhcpQa.Domain.Plans;

/// <summary>A locality (area team) of the SEND service. Plans and SEND team staff belong to one.</summary>
public sealed class Locality
{
    private Locality()
    {
        Name = string.Empty;
    }

    /// <summary>The longest name a locality may have.</summary>
    public const int NameMaxLength = 100;

    public Locality(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (name.Trim().Length > NameMaxLength)
        {
            throw new DomainRuleException($"A locality's name must be {NameMaxLength} characters or fewer.");
        }

        Name = name.Trim();
    }

    public int Id { get; private set; }

    public string Name { get; private set; }
}
