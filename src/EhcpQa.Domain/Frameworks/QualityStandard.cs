namespace EhcpQa.Domain.Frameworks;

/// <summary>One of a framework's quality standards (for example "views and aspirations represented").</summary>
public sealed class QualityStandard
{
    private QualityStandard()
    {
        Title = string.Empty;
        Text = string.Empty;
    }

    internal QualityStandard(int number, string title, string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        Number = number;
        Title = title.Trim();
        Text = text.Trim();
    }

    public int Id { get; private set; }

    public int Number { get; private set; }

    public string Title { get; private set; }

    public string Text { get; private set; }
}
