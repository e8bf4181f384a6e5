using System.Text.RegularExpressions;

namespace EhcpQa.Domain.Frameworks.Forms;

/// <summary>
/// A framework version's form, as the authority writes it: what it assesses, its answer scales, its grade
/// scale (if it grades), its sections and items, how sections and the whole are graded, and what N/A does
/// to points. It is a value: <see cref="Problems"/> lists every way it breaks the rules, each with its place
/// in the form (written as in the framework file: <c>sections[3].items[2].answers</c>), and
/// <see cref="Score"/> works out the points, totals, percentages and bands of a set of answers.
/// docs/frameworks.md states the rules for the people who write forms.
/// </summary>
public sealed partial record FrameworkForm(
    string Key,
    string Name,
    string Title,
    string Source,
    AssessedDocument Assesses,
    NotApplicableRule NotApplicable,
    IReadOnlyList<AnswerScale> AnswerScales,
    GradeScale? GradeScale,
    IReadOnlyList<StandardText> QualityStandards,
    IReadOnlyList<FormSection> Sections,
    GradeRule SectionGrades,
    OverallPart? Overall)
{
    public const int KeyMaxLength = 50;
    public const int NameMaxLength = 200;
    public const int SourceMaxLength = 1000;
    public const int CodeMaxLength = 20;
    public const int OptionValueMaxLength = 20;
    public const int LabelMaxLength = 100;
    public const int GradeValueMaxLength = 10;
    public const int ItemTextMaxLength = 1000;
    public const int HelpMaxLength = 2000;

    /// <summary>The most items a form may hold in all: far beyond any real form, low enough that a form always fits on its pages.</summary>
    public const int MaxItems = 2000;

    public AnswerScale? Scale(string? key) =>
        key is null ? null : AnswerScales.FirstOrDefault(s => string.Equals(s.Key, key, StringComparison.Ordinal));

    public FormSection? Section(string code) =>
        Sections.FirstOrDefault(s => string.Equals(s.Code, code, StringComparison.Ordinal))
        ?? (Overall is { } overall && string.Equals(code, OverallPart.Code, StringComparison.Ordinal) ? overall.Part : null);

    /// <summary>How a part gets its grade: the overall part's rule, or every section's (no grade for a part the form does not have overall).</summary>
    public GradeRule RuleFor(string partCode) =>
        string.Equals(partCode, OverallPart.Code, StringComparison.Ordinal) ? Overall?.Grade ?? GradeRule.NoGrade : SectionGrades;

    /// <summary>The sections, then the overall part if it has items: every part a grader answers items in.</summary>
    public IEnumerable<FormSection> PartsWithItems =>
        Overall is { Part.Items.Count: > 0 } overall ? Sections.Append(overall.Part) : Sections;

    /// <summary>The points an item makes available (0 for an item on a scale without points).</summary>
    public decimal PointsAvailable(FormItem item) => Scale(item.Answers)?.MaximumPoints ?? 0m;

    // ---- Scoring ----------------------------------------------------------------------------------------

    /// <summary>
    /// Scores one part from its answers (item code → the option's value; free text is not scored). An item
    /// answered N/A leaves the points available or earns its full points, as <see cref="NotApplicable"/>
    /// says; items on a scale without points, and items not yet answered, count in no total.
    /// </summary>
    public PartScore ScorePart(FormSection part, IReadOnlyDictionary<string, string> answers, GradeRule? bands = null)
    {
        ArgumentNullException.ThrowIfNull(part);
        ArgumentNullException.ThrowIfNull(answers);
        var unanswered = 0;
        var bySubheading = new List<(string? Subheading, Points Points)>();
        foreach (var item in part.Items)
        {
            var scale = Scale(item.Answers);
            var points = Points.Nothing;
            if (scale is { Kind: not AnswerKind.Text })
            {
                var option = scale.Option(answers.GetValueOrDefault(item.Code));
                if (option is null)
                {
                    unanswered++;
                }
                else if (scale.CarriesPoints)
                {
                    points = ItemPoints(scale, option);
                }
            }

            var index = bySubheading.FindIndex(s => s.Subheading == item.Subheading);
            if (index < 0)
            {
                bySubheading.Add((item.Subheading, points));
            }
            else
            {
                bySubheading[index] = (item.Subheading, bySubheading[index].Points + points);
            }
        }

        var total = bySubheading.Aggregate(Points.Nothing, (sum, s) => sum + s.Points);
        var band = bands is { Bands.Count: > 0 } && GradeScale is not null ? bands.BandFor(total.Percentage) : null;
        return new PartScore(part.Code, total, bySubheading.Select(s => new SubheadingScore(s.Subheading, s.Points)).ToList(), unanswered, band);
    }

    /// <summary>Scores the whole form: every section (with the section bands), the overall part, and the total of all.</summary>
    public FormScore Score(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> answersByPart)
    {
        ArgumentNullException.ThrowIfNull(answersByPart);
        IReadOnlyDictionary<string, string> AnswersTo(string code) =>
            answersByPart.TryGetValue(code, out var answers) ? answers : new Dictionary<string, string>();

        var sections = Sections.Select(s => ScorePart(s, AnswersTo(s.Code), SectionGrades)).ToList();
        var overall = Overall is { } part
            ? ScorePart(part.Part, AnswersTo(OverallPart.Code), part.Grade.Basis == OverallBasis.OverallItems ? part.Grade : null)
            : null;
        var total = sections.Aggregate(overall?.Points ?? Points.Nothing, (sum, s) => sum + s.Points);
        return new FormScore(sections, overall, total);
    }

    /// <summary>
    /// The overall grade the form points to: the band of the overall items (or of the whole total), then no
    /// better than any cap whose condition the sections' grades meet. Null when the form has no overall grade,
    /// or no bands and no cap reached.
    /// </summary>
    public string? SuggestedOverallGrade(FormScore score, IReadOnlyCollection<string> sectionGrades)
    {
        ArgumentNullException.ThrowIfNull(score);
        ArgumentNullException.ThrowIfNull(sectionGrades);
        if (Overall is not { Grade.IsGraded: true } overall || GradeScale is not { } scale)
        {
            return null;
        }

        var rule = overall.Grade;
        var basis = rule.Basis == OverallBasis.Total ? score.Total : score.Overall?.Points ?? Points.Nothing;
        var grade = rule.Bands.Count > 0 ? rule.BandFor(basis.Percentage) : null;
        var applying = rule.GradeCaps.Where(c => Applies(c.When, sectionGrades, scale)).ToList();
        if (grade is null && applying.Count == 0)
        {
            // Caps without bands only limit the grade: with none reached, the grade is the grader's own call.
            return null;
        }

        return applying.Aggregate(grade ?? scale.BestToWorst[0].Value, (best, cap) => scale.WorseOf(best, cap.AtBest));
    }

    private static bool Applies(CapCondition when, IReadOnlyCollection<string> sectionGrades, GradeScale scale)
    {
        var graded = sectionGrades.Where(scale.Contains).ToList();
        var count = graded.Count(g => when.SectionsBelowPassBar
            ? !scale.Passes(g)
            : when.SectionsAtOrBelow is { } threshold && scale.Rank(g) >= scale.Rank(threshold));
        return (when.AtLeast is { } atLeast && count >= atLeast)
            || (when.AtLeastShare is { } share && graded.Count > 0 && count >= share * graded.Count);
    }

    private Points ItemPoints(AnswerScale scale, AnswerOption option)
    {
        if (!option.NotApplicable)
        {
            return new Points(option.Points ?? 0m, scale.MaximumPoints);
        }

        return NotApplicable == NotApplicableRule.AwardsFullPoints
            ? new Points(scale.MaximumPoints, scale.MaximumPoints)
            : Points.Nothing;
    }

    // ---- Rules ------------------------------------------------------------------------------------------

    /// <summary>Every way this form breaks the rules, each with its place in the form; empty when it keeps them all.</summary>
    public IReadOnlyList<Problem> Problems()
    {
        var problems = new List<Problem>();
        void Add(string path, string message) => problems.Add(new Problem(path, message));

        if (!KeyPattern().IsMatch(Key ?? string.Empty) || Key!.Length > KeyMaxLength)
        {
            Add("framework.key", $"Enter a key of lower-case letters, digits and hyphens, up to {KeyMaxLength} characters (for example \"our-ehcp-audit\")");
        }

        CheckText(problems, "framework.name", Name, NameMaxLength, "the framework's name");
        CheckText(problems, "version.title", Title, NameMaxLength, "the version's title");
        if ((Source?.Length ?? 0) > SourceMaxLength)
        {
            Add("version.source", $"The source must be {SourceMaxLength} characters or fewer");
        }

        CheckScales(problems);
        CheckGradeScale(problems);
        CheckStandards(problems);

        if (Sections.Count == 0)
        {
            Add("sections", "Add at least one section");
        }

        for (var s = 0; s < Sections.Count; s++)
        {
            var section = Sections[s];
            var path = $"sections[{s}]";
            if (!CodePattern().IsMatch(section.Code ?? string.Empty) || section.Code!.Length > CodeMaxLength)
            {
                Add($"{path}.code", $"Enter a section code of letters, digits and hyphens, up to {CodeMaxLength} characters");
            }
            else if (string.Equals(section.Code, OverallPart.Code, StringComparison.OrdinalIgnoreCase))
            {
                Add($"{path}.code", $"\"{OverallPart.Code}\" is kept for the overall part: give the section another code");
            }
            else if (Sections.Take(s).Any(other => string.Equals(other.Code, section.Code, StringComparison.OrdinalIgnoreCase)))
            {
                Add($"{path}.code", $"Another section already has the code \"{section.Code}\"");
            }

            CheckText(problems, $"{path}.title", section.Title, NameMaxLength, "the section's title");
            CheckPrompts(problems, path, section.Prompts);
            if (section.Items.Count == 0)
            {
                Add($"{path}.items", "Add at least one item to the section");
            }

            CheckItems(problems, path, section.Items);
        }

        if (Sections.Sum(s => s.Items.Count) + (Overall?.Part.Items.Count ?? 0) > MaxItems)
        {
            Add("sections", $"A form can hold at most {MaxItems} items");
        }

        CheckRule(problems, "sectionGrades", SectionGrades, overall: false);
        if (SectionGrades.Mode == GradeMode.Banded && Sections.Any(s => s.Items.All(i => PointsAvailable(i) == 0m)))
        {
            Add("sectionGrades.mode", "Sections graded by bands need points to read: every section needs at least one item on a scale with points");
        }

        if (Overall is { } overall)
        {
            CheckText(problems, "overall.title", overall.Part.Title, NameMaxLength, "the overall part's title");
            CheckPrompts(problems, "overall", overall.Part.Prompts);
            CheckItems(problems, "overall", overall.Part.Items);
            CheckRule(problems, "overall.grade", overall.Grade, overall: true);
            if (overall.Grade is { Mode: GradeMode.Banded, Basis: OverallBasis.OverallItems } && overall.Part.Items.All(i => PointsAvailable(i) == 0m))
            {
                Add("overall.grade.basis", "An overall grade banded on the overall items needs overall items with points: add them, or band on the \"total\"");
            }

            if (overall.Rating is { } rating)
            {
                CheckText(problems, "overall.rating.question", rating.Question, ItemTextMaxLength, "the overall rating's question");
                if (Scale(rating.Answers) is not { Kind: not AnswerKind.Text })
                {
                    Add("overall.rating.answers", $"\"{rating.Answers}\" is not an answer scale with options in this file");
                }
            }
        }

        return problems;
    }

    private void CheckScales(List<Problem> problems)
    {
        if (AnswerScales.Count == 0)
        {
            problems.Add(new Problem("answerScales", "Add at least one answer scale"));
        }

        for (var i = 0; i < AnswerScales.Count; i++)
        {
            var scale = AnswerScales[i];
            var path = $"answerScales[{i}]";
            CheckIdentifier(
                problems,
                $"{path}.key",
                scale.Key,
                CodePattern().IsMatch(scale.Key ?? string.Empty) && scale.Key!.Length <= CodeMaxLength,
                $"Enter a key of letters, digits and hyphens, up to {CodeMaxLength} characters",
                AnswerScales.Take(i).Select(other => other.Key),
                StringComparison.Ordinal,
                $"Another answer scale already has the key \"{scale.Key}\"");

            if (scale.Kind == AnswerKind.Text)
            {
                if (scale.Options.Count > 0)
                {
                    problems.Add(new Problem($"{path}.options", "A text scale has no options: remove them, or make it a choice or rating"));
                }

                continue;
            }

            if (scale.Options.Count(o => !o.NotApplicable) < 2)
            {
                problems.Add(new Problem($"{path}.options", "Give the scale at least two options besides N/A"));
            }

            if (scale.Options.Count(o => o.NotApplicable) > 1)
            {
                problems.Add(new Problem($"{path}.options", "A scale has at most one N/A option"));
            }

            var withPoints = scale.Options.Count(o => o is { NotApplicable: false, Points: not null });
            var withoutPoints = scale.Options.Count(o => o is { NotApplicable: false, Points: null });
            int? previousNumber = null;
            for (var o = 0; o < scale.Options.Count; o++)
            {
                var option = scale.Options[o];
                var optionPath = $"{path}.options[{o}]";
                CheckIdentifier(
                    problems,
                    $"{optionPath}.value",
                    option.Value,
                    !string.IsNullOrWhiteSpace(option.Value) && option.Value.Length <= OptionValueMaxLength,
                    $"Enter the value stored for this answer, up to {OptionValueMaxLength} characters",
                    scale.Options.Take(o).Select(other => other.Value),
                    StringComparison.Ordinal,
                    $"Another option of this scale already has the value \"{option.Value}\"");

                CheckText(problems, $"{optionPath}.label", option.Label, LabelMaxLength, "the option's label");
                if (option.NotApplicable && option.Points is not null)
                {
                    problems.Add(new Problem($"{optionPath}.points", "An N/A option carries no points: the version's notApplicable setting says what N/A does"));
                }
                else if (option.Points is { } points && (points < 0m || points > 1_000_000m || decimal.Round(points, 2) != points))
                {
                    problems.Add(new Problem($"{optionPath}.points", "Points are 0 or more, up to 1,000,000, with at most two decimal places"));
                }
                else if (option.Points is null && !option.NotApplicable && withPoints > 0 && withoutPoints > 0)
                {
                    problems.Add(new Problem($"{optionPath}.points", "Give this option points: on a scale with points, every option that is not N/A carries them"));
                }

                if (scale.Kind == AnswerKind.Rating && !option.NotApplicable)
                {
                    if (!int.TryParse(option.Value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var number))
                    {
                        problems.Add(new Problem($"{optionPath}.value", "On a rating scale every option's value is a whole number"));
                    }
                    else
                    {
                        if (previousNumber is { } previous && number <= previous)
                        {
                            problems.Add(new Problem($"{optionPath}.value", "A rating scale's values rise from the first option to the last"));
                        }

                        previousNumber = number;
                    }
                }
            }
        }
    }

    private void CheckGradeScale(List<Problem> problems)
    {
        if (GradeScale is not { } scale)
        {
            return;
        }

        if (scale.Grades.Count < 2)
        {
            problems.Add(new Problem("gradeScale.grades", "A grade scale has at least two grades"));
        }

        for (var g = 0; g < scale.Grades.Count; g++)
        {
            var grade = scale.Grades[g];
            var path = $"gradeScale.grades[{g}]";
            CheckIdentifier(
                problems,
                $"{path}.value",
                grade.Value,
                !string.IsNullOrWhiteSpace(grade.Value) && grade.Value.Length <= GradeValueMaxLength,
                $"Enter the grade's value, up to {GradeValueMaxLength} characters",
                scale.Grades.Take(g).Select(other => other.Value),
                StringComparison.Ordinal,
                $"Another grade already has the value \"{grade.Value}\"");

            CheckText(problems, $"{path}.name", grade.Name, LabelMaxLength, "the grade's name");
            for (var d = 0; d < grade.Descriptors.Count; d++)
            {
                CheckText(problems, $"{path}.descriptors[{d}]", grade.Descriptors[d], HelpMaxLength, "the descriptor");
            }
        }

        if (!scale.Contains(scale.PassBar))
        {
            problems.Add(new Problem("gradeScale.passBar", $"The pass bar \"{scale.PassBar}\" is not one of the scale's grades"));
        }
    }

    private void CheckStandards(List<Problem> problems)
    {
        for (var i = 0; i < QualityStandards.Count; i++)
        {
            var standard = QualityStandards[i];
            var path = $"qualityStandards[{i}]";
            if (standard.Number < 1)
            {
                problems.Add(new Problem($"{path}.number", "Quality standards are numbered from 1"));
            }
            else if (QualityStandards.Take(i).Any(other => other.Number == standard.Number))
            {
                problems.Add(new Problem($"{path}.number", $"Another quality standard already has the number {standard.Number}"));
            }

            CheckText(problems, $"{path}.title", standard.Title, NameMaxLength, "the standard's title");
            CheckText(problems, $"{path}.text", standard.Text, HelpMaxLength, "the standard's text");
        }
    }

    private void CheckItems(List<Problem> problems, string path, IReadOnlyList<FormItem> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var itemPath = $"{path}.items[{i}]";
            CheckIdentifier(
                problems,
                $"{itemPath}.code",
                item.Code,
                ItemCodePattern().IsMatch(item.Code ?? string.Empty) && item.Code!.Length <= CodeMaxLength,
                $"Enter an item code of letters, digits, hyphens and full stops, up to {CodeMaxLength} characters",
                items.Take(i).Select(other => other.Code),
                StringComparison.OrdinalIgnoreCase,
                $"Another item of this part already has the code \"{item.Code}\"");

            CheckText(problems, $"{itemPath}.text", item.Text, ItemTextMaxLength, "the item's text");
            if (Scale(item.Answers) is null)
            {
                problems.Add(new Problem($"{itemPath}.answers", $"\"{item.Answers}\" is not the key of an answer scale in this file"));
            }

            if (item.Subheading is { } subheading && subheading.Length > NameMaxLength)
            {
                problems.Add(new Problem($"{itemPath}.subheading", $"The sub-heading must be {NameMaxLength} characters or fewer"));
            }

            foreach (var (name, text) in new[] { ("guidance", item.Guidance), ("feedbackPrompt", item.FeedbackPrompt), ("example", item.Example) })
            {
                if (text is { Length: > HelpMaxLength })
                {
                    problems.Add(new Problem($"{itemPath}.{name}", $"This must be {HelpMaxLength} characters or fewer"));
                }
            }

            if (item.Standard is { } standard && QualityStandards.All(s => s.Number != standard))
            {
                problems.Add(new Problem($"{itemPath}.standard", $"There is no quality standard {standard} in this file"));
            }
        }
    }

    private void CheckRule(List<Problem> problems, string path, GradeRule rule, bool overall)
    {
        if (!rule.IsGraded)
        {
            if (rule.Bands.Count > 0 || rule.GradeCaps.Count > 0)
            {
                problems.Add(new Problem($"{path}.mode", "Bands and caps need a grade: set the mode to \"chosen\" or \"banded\", or remove them"));
            }

            return;
        }

        if (GradeScale is not { } scale)
        {
            problems.Add(new Problem($"{path}.mode", "Grading needs a grade scale: add a gradeScale, or set the mode to \"none\""));
            return;
        }

        if (rule.Mode == GradeMode.Banded && rule.Bands.Count == 0)
        {
            problems.Add(new Problem($"{path}.bands", "A grade worked out by bands needs its bands"));
        }

        for (var b = 0; b < rule.Bands.Count; b++)
        {
            var band = rule.Bands[b];
            var bandPath = $"{path}.bands[{b}]";
            if (!scale.Contains(band.Grade))
            {
                problems.Add(new Problem($"{bandPath}.grade", $"\"{band.Grade}\" is not one of the scale's grades"));
            }
            else if (b > 0 && scale.Contains(rule.Bands[b - 1].Grade) && scale.Rank(band.Grade) <= scale.Rank(rule.Bands[b - 1].Grade))
            {
                problems.Add(new Problem($"{bandPath}.grade", "List the bands from the best grade to the worst, each grade once"));
            }

            if (band.Threshold is < 0m or > 100m)
            {
                problems.Add(new Problem($"{bandPath}.{(band.Above ? "above" : "from")}", "A band's threshold is a percentage from 0 to 100"));
            }
            else if (b > 0 && band.Threshold > rule.Bands[b - 1].Threshold
                     || (b > 0 && band.Threshold == rule.Bands[b - 1].Threshold && band.Above == rule.Bands[b - 1].Above))
            {
                problems.Add(new Problem($"{bandPath}.{(band.Above ? "above" : "from")}", "Each band's threshold falls below the one before it"));
            }
        }

        if (rule.Bands.Count > 0 && rule.Bands[^1] is not { Threshold: 0m, Above: false })
        {
            problems.Add(new Problem($"{path}.bands[{rule.Bands.Count - 1}]", "The last band must be \"from\": 0, so that every percentage has a grade"));
        }

        if (!overall)
        {
            return;
        }

        for (var c = 0; c < rule.GradeCaps.Count; c++)
        {
            var cap = rule.GradeCaps[c];
            var capPath = $"{path}.caps[{c}]";
            if (!scale.Contains(cap.AtBest))
            {
                problems.Add(new Problem($"{capPath}.atBest", $"\"{cap.AtBest}\" is not one of the scale's grades"));
            }

            var when = cap.When;
            if (when.SectionsBelowPassBar == (when.SectionsAtOrBelow is not null))
            {
                problems.Add(new Problem($"{capPath}.when", "Say which sections count: \"sectionsAtOrBelow\" a grade, or \"sectionsBelowPassBar\": true (one of them)"));
            }
            else if (when.SectionsAtOrBelow is { } threshold && !scale.Contains(threshold))
            {
                problems.Add(new Problem($"{capPath}.when.sectionsAtOrBelow", $"\"{threshold}\" is not one of the scale's grades"));
            }

            if ((when.AtLeast is null) == (when.AtLeastShare is null))
            {
                problems.Add(new Problem($"{capPath}.when", "Give \"atLeast\" (a number of sections) or \"atLeastShare\" (a share from 0 to 1), one of them"));
            }
            else if (when.AtLeast is < 1)
            {
                problems.Add(new Problem($"{capPath}.when.atLeast", "The number of sections is 1 or more"));
            }
            else if (when.AtLeastShare is <= 0m or > 1m)
            {
                problems.Add(new Problem($"{capPath}.when.atLeastShare", "The share of sections is more than 0 and at most 1"));
            }
        }
    }

    /// <summary>A code, key or value: well formed, and not the same as any before it in its list.</summary>
    private static void CheckIdentifier(
        List<Problem> problems,
        string path,
        string? value,
        bool wellFormed,
        string whenMalformed,
        IEnumerable<string?> earlier,
        StringComparison comparison,
        string whenRepeated)
    {
        if (!wellFormed)
        {
            problems.Add(new Problem(path, whenMalformed));
        }
        else if (earlier.Any(other => string.Equals(other, value, comparison)))
        {
            problems.Add(new Problem(path, whenRepeated));
        }
    }

    private static void CheckText(List<Problem> problems, string path, string? text, int maxLength, string what)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add(new Problem(path, $"Enter {what}"));
        }
        else if (text.Length > maxLength)
        {
            problems.Add(new Problem(path, $"{char.ToUpperInvariant(what[0])}{what[1..]} must be {maxLength} characters or fewer"));
        }
    }

    private static void CheckPrompts(List<Problem> problems, string path, IReadOnlyList<string> prompts)
    {
        for (var p = 0; p < prompts.Count; p++)
        {
            CheckText(problems, $"{path}.prompts[{p}]", prompts[p], HelpMaxLength, "the prompt");
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$")]
    private static partial Regex CodePattern();

    [GeneratedRegex("^[A-Za-z0-9]+([.-][A-Za-z0-9]+)*$")]
    private static partial Regex ItemCodePattern();
}
