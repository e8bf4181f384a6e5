namespace EhcpQa.Domain.Frameworks;

/// <summary>A section of a framework version: its descriptors of good practice and the prompts for plan writers.</summary>
public sealed class FrameworkSection
{
    private readonly List<Descriptor> _descriptors = [];
    private List<string> _prompts = [];

    private FrameworkSection()
    {
        Title = string.Empty;
    }

    internal FrameworkSection(SectionCode code, string title, IEnumerable<string> prompts)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        Code = code;
        Title = title.Trim();
        _prompts = Clean(prompts);
    }

    public int Id { get; private set; }

    public SectionCode Code { get; private set; }

    public string Title { get; private set; }

    /// <summary>Feedback prompts for the plan writer ("Section B must not contain provision").</summary>
    public IReadOnlyList<string> Prompts => _prompts;

    public IReadOnlyList<Descriptor> Descriptors => _descriptors;

    public PlanSection PlanSection => PlanSections.Get(Code);

    /// <summary>"Section B: Special educational needs"; the title alone when it is the label ("The plan overall").</summary>
    public string Heading => string.Equals(PlanSection.Label, Title, StringComparison.OrdinalIgnoreCase) ? Title : $"{PlanSection.Label}: {Title}";

    public Descriptor Descriptor(int number) =>
        _descriptors.SingleOrDefault(d => d.Number == number)
        ?? throw new DomainRuleException($"{PlanSection.Label} has no descriptor {number}.");

    internal Descriptor AddDescriptor(int number, string text, DescriptorApplicability applicability, int? qualityStandard)
    {
        if (number < 1)
        {
            throw new DomainRuleException("Descriptors are numbered from 1.");
        }

        if (_descriptors.Any(d => d.Number == number))
        {
            throw new DomainRuleException($"{PlanSection.Label} already has a descriptor {number}.");
        }

        var descriptor = new Descriptor(number, text, applicability, qualityStandard);
        _descriptors.Add(descriptor);
        _descriptors.Sort((a, b) => a.Number.CompareTo(b.Number));
        return descriptor;
    }

    internal void ReplacePrompts(IEnumerable<string> prompts) => _prompts = Clean(prompts);

    private static List<string> Clean(IEnumerable<string> prompts) =>
        prompts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).ToList();
}
