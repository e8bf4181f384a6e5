using EhcpQa.Domain.Frameworks.Forms;
using EhcpQa.Domain.Grades;

namespace EhcpQa.Domain.Frameworks;

/// <summary>
/// One edition of a framework: its form (<see cref="FrameworkForm"/>: what is asked, how answers score,
/// how sections and the whole are graded). A version starts as a draft, is published for use and may later
/// be retired; once any grading has used it, it is locked for good and a change needs a new version.
/// A version on the 1–4 scheme also holds its form as the sections, descriptors, grade descriptors and
/// quality standards its grading pages read.
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

    /// <summary>
    /// The form: the whole content of the version. Null only for a version stored before versions held their
    /// forms, until <see cref="RecordForm"/> fills it in from its sections.
    /// </summary>
    public FrameworkForm? Form { get; private set; }

    /// <summary>When the version was added (imported, copied or first loaded), and by whom (null when the service loaded it).</summary>
    public DateTimeOffset? AddedAt { get; private set; }

    public string? AddedBy { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public string? PublishedBy { get; private set; }

    /// <summary>When the version was withdrawn from use; its gradings keep it.</summary>
    public DateTimeOffset? RetiredAt { get; private set; }

    public string? RetiredBy { get; private set; }

    public bool IsRetired => RetiredAt is not null;

    /// <summary>When a grading first used this version; from then on it never changes.</summary>
    public DateTimeOffset? FirstUsedAt { get; private set; }

    public bool IsPublished => PublishedAt is not null;

    public bool IsLocked => FirstUsedAt is not null;

    public IReadOnlyList<QualityStandard> Standards => _standards;

    public IReadOnlyList<FrameworkSection> Sections => _sections;

    public IReadOnlyList<GradeDescriptor> GradeDescriptors => _gradeDescriptors;

    /// <summary>A draft version holding the given form, which must keep every rule of a form.</summary>
    internal static FrameworkVersion FromForm(Framework framework, int number, FrameworkForm form, string? byUserId, DateTimeOffset at)
    {
        DomainRuleException.ThrowIfAny(form.Problems());
        var fitsOneToFour = GradeOneToFourForm.Misfits(form).Count == 0;
        var version = new FrameworkVersion(framework, number, form.Title, form.Source, fitsOneToFour ? ScoringScheme.GradeOneToFour : ScoringScheme.Form)
        {
            AddedAt = at,
            AddedBy = byUserId,
        };
        if (fitsOneToFour)
        {
            GradeOneToFourForm.Fill(version, form);
        }

        version.Form = form;
        return version;
    }

    /// <summary>
    /// Replaces the form of a draft with a changed one, which must keep every rule of a form and stay the
    /// same framework's. A version on the 1–4 scheme whose new form no longer fits it becomes a version scored
    /// as its form declares, and the other way round.
    /// </summary>
    public void ReviseForm(FrameworkForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (IsPublished)
        {
            throw new DomainRuleException($"Version {Number} has been published, so it cannot change. Start a new version to change it.");
        }

        if (!string.Equals(form.Key, Framework.Key, StringComparison.Ordinal))
        {
            throw new DomainRuleException($"The form is for the framework \"{form.Key}\", not \"{Framework.Key}\".");
        }

        DomainRuleException.ThrowIfAny(form.Problems());
        _standards.Clear();
        _sections.Clear();
        _gradeDescriptors.Clear();
        Form = null;
        Title = form.Title.Trim();
        Source = form.Source?.Trim() ?? string.Empty;
        Scheme = GradeOneToFourForm.Misfits(form).Count == 0 ? ScoringScheme.GradeOneToFour : ScoringScheme.Form;
        if (Scheme == ScoringScheme.GradeOneToFour)
        {
            GradeOneToFourForm.Fill(this, form);
        }

        Form = form;
    }

    /// <summary>
    /// The version's form: its own, or for a 1–4 version that holds none yet (stored before versions held
    /// their forms, or built section by section), the form its sections make.
    /// </summary>
    public FrameworkForm WholeForm() => Form ?? GradeOneToFourForm.Of(this);

    /// <summary>Fills in the form of a 1–4 version stored before versions held their forms.</summary>
    public void RecordForm()
    {
        if (Form is null && Scheme == ScoringScheme.GradeOneToFour)
        {
            Form = WholeForm();
        }
    }

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
        Edited();
        return standard;
    }

    public void DescribeGrade(Grade grade, IEnumerable<string> points)
    {
        EnsureEditable();
        var descriptor = new GradeDescriptor(grade, points);
        _gradeDescriptors.RemoveAll(d => d.Grade == grade);
        _gradeDescriptors.Add(descriptor);
        Edited();
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
        Edited();
        return section;
    }

    public Descriptor AddDescriptor(SectionCode code, int number, string text, DescriptorApplicability applicability, int? qualityStandard)
    {
        EnsureEditable();
        if (qualityStandard is not null && _standards.All(s => s.Number != qualityStandard))
        {
            throw new DomainRuleException($"Quality standard {qualityStandard} is not defined in this version.");
        }

        var descriptor = Section(code).AddDescriptor(number, text, applicability, qualityStandard);
        Edited();
        return descriptor;
    }

    public void ReviseDescriptor(SectionCode code, int number, string text, DescriptorApplicability applicability)
    {
        EnsureEditable();
        Section(code).Descriptor(number).Revise(text, applicability);
        Edited();
    }

    public void ReplacePrompts(SectionCode code, IEnumerable<string> prompts)
    {
        EnsureEditable();
        Section(code).ReplacePrompts(prompts);
        Edited();
    }

    /// <summary>Makes the version available for new gradings. On the 1–4 scheme it must cover every section and grade.</summary>
    public void Publish(DateTimeOffset at, string? byUserId = null)
    {
        if (IsPublished)
        {
            throw new DomainRuleException($"Version {Number} is already published.");
        }

        if (Scheme == ScoringScheme.Form)
        {
            DomainRuleException.ThrowIfAny(Form!.Problems());
            PublishedAt = at;
            PublishedBy = byUserId;
            return;
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
        PublishedBy = byUserId;
    }

    /// <summary>Withdraws a published version from use: no new grading starts on it; its gradings keep it.</summary>
    public void Retire(DateTimeOffset at, string? byUserId)
    {
        if (!IsPublished)
        {
            throw new DomainRuleException($"Version {Number} is a draft: discard it instead.");
        }

        if (IsRetired)
        {
            throw new DomainRuleException($"Version {Number} is already retired.");
        }

        RetiredAt = at;
        RetiredBy = byUserId;
    }

    /// <summary>Records that a grading has used this version. From now on its content is fixed.</summary>
    public void RecordUse(DateTimeOffset at)
    {
        if (!IsPublished)
        {
            throw new DomainRuleException($"Version {Number} is not published, so it cannot be used for grading.");
        }

        if (IsRetired)
        {
            throw new DomainRuleException($"Version {Number} has been retired, so no new grading can use it.");
        }

        FirstUsedAt ??= at;
    }

    private void EnsureEditable()
    {
        if (IsLocked)
        {
            throw new FrameworkVersionLockedException(Number);
        }

        if (Scheme != ScoringScheme.GradeOneToFour)
        {
            throw new DomainRuleException($"Version {Number} is scored as its form declares: change its form instead.");
        }
    }

    /// <summary>Keeps the form of a 1–4 version the same as its sections after they change.</summary>
    private void Edited()
    {
        if (Form is not null)
        {
            Form = GradeOneToFourForm.Of(this);
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
