namespace EhcpQa.Domain.Frameworks;

/// <summary>A numbered descriptor of good practice within a section, answered Yes / No (or N/A where allowed).</summary>
public sealed class Descriptor
{
    private Descriptor()
    {
        Text = string.Empty;
    }

    internal Descriptor(int number, string text, DescriptorApplicability applicability, int? qualityStandard)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        Number = number;
        Text = text.Trim();
        Applicability = applicability;
        QualityStandard = qualityStandard;
    }

    public int Id { get; private set; }

    public int Number { get; private set; }

    public string Text { get; private set; }

    public DescriptorApplicability Applicability { get; private set; }

    /// <summary>The number of the quality standard this descriptor mainly serves, if any.</summary>
    public int? QualityStandard { get; private set; }

    /// <summary>Whether "N/A" is an acceptable answer: only for descriptors that apply "if applicable".</summary>
    public bool AllowsNotApplicable => Applicability == DescriptorApplicability.IfApplicable;

    internal void Revise(string text, DescriptorApplicability applicability)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        Text = text.Trim();
        Applicability = applicability;
    }
}
