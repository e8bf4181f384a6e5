using EhcpQa.Domain.Grades;

namespace EhcpQa.Domain.Frameworks.Forms;

/// <summary>
/// A version of the 1–4 scheme (<see cref="ScoringScheme.GradeOneToFour"/>) written as a form: descriptors
/// answered Yes / No (N/A where "if applicable"), one point for Yes, N/A out of the points available; the
/// grade scale 1 Outstanding … 4 Inadequate with its descriptors and the bar "at least Good"; sections
/// graded by the grader from a suggestion, and the plan capped by its sections, as
/// <see cref="GradeSuggestion"/> states the rules.
/// </summary>
public static class GradeOneToFourForm
{
    public const string YesNo = "yes-no";
    public const string YesNoNotApplicable = "yes-no-na";

    public static FrameworkForm Of(FrameworkVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        if (version.Scheme != ScoringScheme.GradeOneToFour)
        {
            throw new DomainRuleException($"Version {version.Number} is not scored on the 1–4 scheme.");
        }

        AnswerOption yes = new("yes", "Yes", 1m), no = new("no", "No", 0m);
        var scales = new List<AnswerScale>
        {
            new(YesNo, AnswerKind.Choice, [yes, no]),
            new(YesNoNotApplicable, AnswerKind.Choice, [yes, no, new AnswerOption("na", "N/A", NotApplicable: true)]),
        };
        var grades = Grade.All
            .Select(g => new ScaleGrade(g.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), g.Name, version.DescriptorFor(g)?.Points ?? []))
            .ToList();
        var scale = new GradeScale(grades, BestFirst: true, PassBar: Value(Grade.Good));

        // Every descriptor met suggests Good; any not met, Requires improvement; half or more not met, Inadequate.
        IReadOnlyList<Band> bands =
        [
            new(Value(Grade.Good), 100m),
            new(Value(Grade.RequiresImprovement), 50m, Above: true),
            new(Value(Grade.Inadequate), 0m),
        ];
        IReadOnlyList<GradeCap> caps =
        [
            new(new CapCondition(Value(Grade.Inadequate), false, GradeSuggestion.InadequateSectionsForInadequatePlan, null), Value(Grade.Inadequate)),
            new(new CapCondition(null, true, null, 0.5m), Value(Grade.Inadequate)),
            new(new CapCondition(Value(Grade.Inadequate), false, 1, null), Value(Grade.RequiresImprovement)),
            new(new CapCondition(Value(Grade.RequiresImprovement), false, 1, null), Value(Grade.Good)),
        ];

        FormSection PartOf(FrameworkSection section) => new(
            section.Code == SectionCode.Overall ? OverallPart.Code : section.Code.ToString(),
            section.Title,
            section.Prompts,
            section.Descriptors
                .Select(d => new FormItem(
                    d.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    d.Text,
                    d.AllowsNotApplicable ? YesNoNotApplicable : YesNo,
                    Standard: d.QualityStandard))
                .ToList());

        var overall = version.Sections.FirstOrDefault(s => s.Code == SectionCode.Overall);
        return new FrameworkForm(
            version.Framework.Key,
            version.Framework.Name,
            version.Title,
            version.Source,
            AssessedDocument.Plan,
            NotApplicableRule.RemovesItem,
            scales,
            scale,
            version.Standards.OrderBy(s => s.Number).Select(s => new StandardText(s.Number, s.Title, s.Text)).ToList(),
            version.Sections.Where(s => s.Code != SectionCode.Overall).OrderBy(s => s.Code).Select(PartOf).ToList(),
            new GradeRule(GradeMode.Chosen, bands),
            new OverallPart(
                overall is null ? new FormSection(OverallPart.Code, OverallPart.DefaultTitle, [], []) : PartOf(overall) with { Title = overall.Title },
                new GradeRule(GradeMode.Chosen, bands, OverallBasis.OverallItems, caps),
                Rating: null));
    }

    /// <summary>
    /// Why the grading pages built for the 1–4 scheme cannot grade this form; empty when they can, which is
    /// when the form is exactly what <see cref="Of"/> writes for some version: sections A to K and the plan
    /// overall, descriptors numbered and answered Yes / No (or N/A), the 1–4 grades chosen from the
    /// suggestion, and nothing those pages do not show (sub-headings, guidance, examples, an overall rating).
    /// </summary>
    public static IReadOnlyList<string> Misfits(FrameworkForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var reasons = new List<string>();
        var template = Of(Template(form));

        if (form.Assesses != AssessedDocument.Plan)
        {
            reasons.Add("it assesses something other than a plan");
        }

        if (form.NotApplicable != template.NotApplicable)
        {
            reasons.Add("N/A awards full points");
        }

        if (form.AnswerScales.Count != template.AnswerScales.Count
            || !form.AnswerScales.All(s => template.Scale(s.Key) is { } t && t.Kind == s.Kind && t.Options.SequenceEqual(s.Options)))
        {
            reasons.Add("its answers are not only Yes / No and Yes / No / N/A with one point for Yes");
        }

        if (form.GradeScale is not { } scale
            || scale.BestFirst != template.GradeScale!.BestFirst
            || scale.PassBar != template.GradeScale.PassBar
            || !scale.Grades.Select(g => (g.Value, g.Name)).SequenceEqual(template.GradeScale.Grades.Select(g => (g.Value, g.Name))))
        {
            reasons.Add("its grade scale is not 1 Outstanding to 4 Inadequate with the bar at Good");
        }

        if (!form.Sections.Select(s => s.Code).SequenceEqual(PlanSections.Statutory.Select(s => s.Code.ToString())))
        {
            reasons.Add("its sections are not the plan's sections A to K in order");
        }

        if (form.Overall is not { Rating: null } overall || !SameRule(overall.Grade, template.Overall!.Grade))
        {
            reasons.Add("the plan overall is not graded by the grader from the suggestion, capped by its sections");
        }

        if (!SameRule(form.SectionGrades, template.SectionGrades))
        {
            reasons.Add("its sections are not graded by the grader from the suggestion");
        }

        var items = form.PartsWithItems.SelectMany(p => p.Items).ToList();
        if (items.Any(i => i.Subheading is not null || i.Guidance is not null || i.FeedbackPrompt is not null || i.Example is not null))
        {
            reasons.Add("some items have sub-headings, guidance, feedback prompts or examples");
        }

        if (form.PartsWithItems.Any(p => !p.Items.Select(i => i.Code).SequenceEqual(Enumerable.Range(1, p.Items.Count).Select(Number))))
        {
            reasons.Add("the items of a section are not numbered 1, 2, 3 … in order");
        }

        return reasons;
    }

    /// <summary>
    /// Writes a form that <see cref="Misfits"/> finds nothing wrong with into the sections, descriptors,
    /// grade descriptors and quality standards of a version, so that <see cref="Of"/> gives the form back.
    /// </summary>
    internal static void Fill(FrameworkVersion version, FrameworkForm form)
    {
        foreach (var standard in form.QualityStandards)
        {
            version.AddQualityStandard(standard.Number, standard.Title, standard.Text);
        }

        foreach (var grade in form.GradeScale!.Grades.Where(g => g.Descriptors.Count > 0))
        {
            version.DescribeGrade(Grade.FromValue(int.Parse(grade.Value, System.Globalization.CultureInfo.InvariantCulture)), grade.Descriptors);
        }

        void FillSection(SectionCode code, FormSection part)
        {
            version.AddSection(code, part.Title, part.Prompts);
            foreach (var item in part.Items)
            {
                version.AddDescriptor(
                    code,
                    int.Parse(item.Code, System.Globalization.CultureInfo.InvariantCulture),
                    item.Text,
                    item.Answers == YesNoNotApplicable ? DescriptorApplicability.IfApplicable : DescriptorApplicability.Required,
                    item.Standard);
            }
        }

        foreach (var section in form.Sections)
        {
            FillSection(Enum.Parse<SectionCode>(section.Code), section);
        }

        FillSection(SectionCode.Overall, form.Overall!.Part);
    }

    private static FrameworkVersion Template(FrameworkForm form) =>
        new Framework(string.IsNullOrWhiteSpace(form.Key) ? "template" : form.Key, string.IsNullOrWhiteSpace(form.Name) ? "template" : form.Name)
            .StartFirstVersion("template", string.Empty, ScoringScheme.GradeOneToFour);

    private static bool SameRule(GradeRule one, GradeRule other) =>
        one.Mode == other.Mode && one.Basis == other.Basis && one.Bands.SequenceEqual(other.Bands)
        && (one.Caps ?? []).SequenceEqual(other.Caps ?? []);

    private static string Number(int number) => number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Value(Grade grade) => grade.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
