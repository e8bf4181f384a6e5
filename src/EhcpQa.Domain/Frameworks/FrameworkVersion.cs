using EhcpQa.Domain.Grades;

namespace EhcpQa.Domain.Frameworks;

/// <summary>
/// One published edition of a framework: its quality standards, sections with descriptors and
/// prompts, and the grade descriptors. It can be edited while it is a draft or unused; once any
/// grading has used it, it is locked for good and a change needs a new version.
/// </summary>
public sealed class FrameworkVersion
{
    private readonly List<QualityStandard> _standards = [];
    private readonly List<FrameworkSection> _sections = [];
    private readonly List<GradeDescriptor> _gradeDescriptors = [];

    private FrameworkVersion()
    {
        Title = string.Empty;
        Source = string.Empty;
        Framework = null!;
    }

    internal FrameworkVersion(Framework framework, int number, string title, string source, ScoringScheme scheme)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        Framework = framework;
        Number = number;
        Title = title.Trim();
        Source = source?.Trim() ?? string.Empty;
        Scheme = scheme;
    }

    public int Id { get; private set; }

    public int FrameworkId { get; private set; }

    public Framework Framework { get; private set; }

    public int Number { get; private set; }

    public string Title { get; private set; }

    /// <summary>Where the content comes from (the published documents it was taken from).</summary>
    public string Source { get; private set; }

    public ScoringScheme Scheme { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    /// <summary>When a grading first used this version; from then on it never changes.</summary>
    public DateTimeOffset? FirstUsedAt { get; private set; }

    public bool IsPublished => PublishedAt is not null;

    public bool IsLocked => FirstUsedAt is not null;

    public IReadOnlyList<QualityStandard> Standards => _standards;

    public IReadOnlyList<FrameworkSection> Sections => _sections;

    public IReadOnlyList<GradeDescriptor> GradeDescriptors => _gradeDescriptors;

    public FrameworkSection Section(SectionCode code) =>
        _sections.SingleOrDefault(s => s.Code == code)
        ?? throw new DomainRuleException($"Version {Number} of this framework has no {PlanSections.Get(code).Label}.");

    public GradeDescriptor? DescriptorFor(Grade grade) => _gradeDescriptors.SingleOrDefault(d => d.Grade == grade);

    public QualityStandard AddQualityStandard(int number, string title, string text)
    {
        EnsureEditable();
        if (_standards.Any(s => s.Number == number))
        {
            throw new DomainRuleException($"Quality standard {number} is already defined.");
        }

        var standard = new QualityStandard(number, title, text);
        _standards.Add(standard);
        return standard;
    }

    public void DescribeGrade(Grade grade, IEnumerable<string> points)
    {
        EnsureEditable();
        var descriptor = new GradeDescriptor(grade, points);
        _gradeDescriptors.RemoveAll(d => d.Grade == grade);
        _gradeDescriptors.Add(descriptor);
    }

    public FrameworkSection AddSection(SectionCode code, string title, IEnumerable<string> prompts)
    {
        EnsureEditable();
        if (_sections.Any(s => s.Code == code))
        {
            throw new DomainRuleException($"{PlanSections.Get(code).Label} is already in this version.");
        }

        var section = new FrameworkSection(code, title, prompts);
        _sections.Add(section);
        _sections.Sort((a, b) => a.Code.CompareTo(b.Code));
        return section;
    }

    public Descriptor AddDescriptor(SectionCode code, int number, string text, DescriptorApplicability applicability, int? qualityStandard)
    {
        EnsureEditable();
        if (qualityStandard is not null && _standards.All(s => s.Number != qualityStandard))
        {
            throw new DomainRuleException($"Quality standard {qualityStandard} is not defined in this version.");
        }

        return Section(code).AddDescriptor(number, text, applicability, qualityStandard);
    }

    public void ReviseDescriptor(SectionCode code, int number, string text, DescriptorApplicability applicability)
    {
        EnsureEditable();
        Section(code).Descriptor(number).Revise(text, applicability);
    }

    public void ReplacePrompts(SectionCode code, IEnumerable<string> prompts)
    {
        EnsureEditable();
        Section(code).ReplacePrompts(prompts);
    }

    /// <summary>Makes the version available for new gradings. It must cover every section and grade.</summary>
    public void Publish(DateTimeOffset at)
    {
        if (IsPublished)
        {
            throw new DomainRuleException($"Version {Number} is already published.");
        }

        var missingSections = PlanSections.All.Select(s => s.Code).Except(_sections.Select(s => s.Code)).ToList();
        if (missingSections.Count > 0)
        {
            throw new DomainRuleException($"Version {Number} cannot be published: it has no {string.Join(", ", missingSections.Select(c => PlanSections.Get(c).Label))}.");
        }

        if (_sections.Any(s => s.Descriptors.Count == 0))
        {
            throw new DomainRuleException($"Version {Number} cannot be published: every section needs at least one descriptor.");
        }

        if (Grade.All.Any(g => DescriptorFor(g) is null))
        {
            throw new DomainRuleException($"Version {Number} cannot be published: every grade needs its descriptor.");
        }

        PublishedAt = at;
    }

    /// <summary>Records that a grading has used this version. From now on its content is fixed.</summary>
    public void RecordUse(DateTimeOffset at)
    {
        if (!IsPublished)
        {
            throw new DomainRuleException($"Version {Number} is not published, so it cannot be used for grading.");
        }

        FirstUsedAt ??= at;
    }

    internal FrameworkVersion CopyAsDraft(int number, string title)
    {
        var copy = new FrameworkVersion(Framework, number, title, Source, Scheme);
        foreach (var standard in _standards)
        {
            copy._standards.Add(new QualityStandard(standard.Number, standard.Title, standard.Text));
        }

        foreach (var descriptor in _gradeDescriptors)
        {
            copy._gradeDescriptors.Add(new GradeDescriptor(descriptor.Grade, descriptor.Points));
        }

        foreach (var section in _sections)
        {
            var sectionCopy = new FrameworkSection(section.Code, section.Title, section.Prompts);
            foreach (var descriptor in section.Descriptors)
            {
                sectionCopy.AddDescriptor(descriptor.Number, descriptor.Text, descriptor.Applicability, descriptor.QualityStandard);
            }

            copy._sections.Add(sectionCopy);
        }

        return copy;
    }

    private void EnsureEditable()
    {
        if (IsLocked)
        {
            throw new FrameworkVersionLockedException(Number);
        }
    }
}

public sealed class FrameworkVersionLockedException : DomainRuleException
{
    public FrameworkVersionLockedException(int number)
        : base($"Version {number} of this framework has been used for grading, so it cannot change. Start a revision to make a new version.")
    {
        Number = number;
    }

    public FrameworkVersionLockedException()
    {
    }

    public FrameworkVersionLockedException(string message) : base(message)
    {
    }

    public FrameworkVersionLockedException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public int Number { get; }
}
