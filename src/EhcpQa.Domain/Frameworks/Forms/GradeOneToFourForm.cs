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

    private static string Value(Grade grade) => grade.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
