namespace EhcpQa.Domain.Frameworks.Forms;

/// <summary>
/// The changes a QA lead makes to how a draft form is scored: its answer scales, its grade scale, and how
/// sections and the whole are graded. As with every change, the form that results must keep every rule
/// (<see cref="Problems"/>); what a change cannot leave behind (an item on a scale that is gone, a band on a
/// grade that is gone) is refused here, saying what to change first.
/// </summary>
public sealed partial record FrameworkForm
{
    /// <summary>
    /// The form with an answer scale added (<paramref name="existingKey"/> null) or replaced. A scale given a
    /// new key takes its items and the overall rating with it.
    /// </summary>
    public FrameworkForm WithAnswerScale(string? existingKey, AnswerScale scale)
    {
        ArgumentNullException.ThrowIfNull(scale);
        scale = scale with { Key = scale.Key?.Trim() ?? string.Empty };
        if (existingKey is null)
        {
            return this with { AnswerScales = [.. AnswerScales, scale] };
        }

        var index = ScaleIndex(existingKey);
        var scales = AnswerScales.ToList();
        scales[index] = scale;
        if (string.Equals(existingKey, scale.Key, StringComparison.Ordinal))
        {
            return this with { AnswerScales = scales };
        }

        FormSection Follow(FormSection part) => part with
        {
            Items = part.Items.Select(i => string.Equals(i.Answers, existingKey, StringComparison.Ordinal) ? i with { Answers = scale.Key } : i).ToList(),
        };

        return this with
        {
            AnswerScales = scales,
            Sections = Sections.Select(Follow).ToList(),
            Overall = Overall is { } overall
                ? overall with
                {
                    Part = Follow(overall.Part),
                    Rating = overall.Rating is { } rating && string.Equals(rating.Answers, existingKey, StringComparison.Ordinal) ? rating with { Answers = scale.Key } : overall.Rating,
                }
                : null,
        };
    }

    /// <summary>The form without an answer scale; refused while an item or the overall rating is answered on it.</summary>
    public FrameworkForm WithoutAnswerScale(string key)
    {
        var index = ScaleIndex(key);
        var users = ItemsAnsweredOn(key);
        if (users > 0)
        {
            throw new DomainRuleException($"{users} {(users == 1 ? "item is" : "items are")} answered on \"{key}\": give {(users == 1 ? "it" : "them")} another scale before removing this one.");
        }

        if (Overall?.Rating is { } rating && string.Equals(rating.Answers, key, StringComparison.Ordinal))
        {
            throw new DomainRuleException($"The overall rating is answered on \"{key}\": give it another scale before removing this one.");
        }

        var scales = AnswerScales.ToList();
        scales.RemoveAt(index);
        return this with { AnswerScales = scales };
    }

    /// <summary>How many items, in every part, are answered on the scale with this key.</summary>
    public int ItemsAnsweredOn(string key) =>
        PartsWithItems.Sum(p => p.Items.Count(i => string.Equals(i.Answers, key, StringComparison.Ordinal)));

    /// <summary>
    /// The form with its grade scale given afresh: the grades in the scale's order, which end is best and the
    /// pass bar. A grade that bands or caps name cannot go; with no grades at all the form gives points only,
    /// which it may only when nothing is graded.
    /// </summary>
    public FrameworkForm WithGradeScale(IReadOnlyList<ScaleGrade> grades, string passBar, bool bestFirst)
    {
        ArgumentNullException.ThrowIfNull(grades);
        var tidied = grades
            .Select(g => new ScaleGrade(g.Value?.Trim() ?? string.Empty, g.Name?.Trim() ?? string.Empty, g.Descriptors.Where(d => !string.IsNullOrWhiteSpace(d)).Select(d => d.Trim()).ToList()))
            .ToList();
        var named = GradesNamedByRules().Where(value => tidied.All(g => !string.Equals(g.Value, value, StringComparison.Ordinal))).ToList();
        if (named.Count > 0)
        {
            throw new DomainRuleException($"How grades are reached names {string.Join(" and ", named.Select(v => $"grade {v}"))}: change the bands and caps before removing {(named.Count == 1 ? "it" : "them")}.");
        }

        if (tidied.Count == 0)
        {
            return SectionGrades.IsGraded || Overall is { Grade.IsGraded: true }
                ? throw new DomainRuleException("Sections or the whole are graded, so the form needs its grades: set them to no grade before removing every grade.")
                : this with { GradeScale = null };
        }

        return this with { GradeScale = new GradeScale(tidied, bestFirst, passBar?.Trim() ?? string.Empty) };
    }

    /// <summary>
    /// The form with how sections and the whole are graded, and the overall rating, changed. The overall part
    /// is kept while it has items, a grade or a rating, and made when a grade or rating is first given.
    /// </summary>
    public FrameworkForm WithGrading(GradeRule sections, GradeRule overall, OverallRating? rating)
    {
        ArgumentNullException.ThrowIfNull(sections);
        ArgumentNullException.ThrowIfNull(overall);
        var part = Overall?.Part ?? new FormSection(OverallPart.Code, OverallPart.DefaultTitle, [], []);
        var keepsOverall = part.Items.Count > 0 || overall.IsGraded || rating is not null || overall.Bands.Count > 0 || overall.GradeCaps.Count > 0;
        return this with
        {
            SectionGrades = sections,
            Overall = keepsOverall ? new OverallPart(part, overall, rating) : null,
        };
    }

    private IEnumerable<string> GradesNamedByRules()
    {
        var rules = Overall is { } overall ? new[] { SectionGrades, overall.Grade } : [SectionGrades];
        return rules.SelectMany(r => r.Bands.Select(b => b.Grade)
                .Concat(r.GradeCaps.Select(c => c.AtBest))
                .Concat(r.GradeCaps.Select(c => c.When.SectionsAtOrBelow).OfType<string>()))
            .Distinct(StringComparer.Ordinal);
    }

    private int ScaleIndex(string key)
    {
        for (var i = 0; i < AnswerScales.Count; i++)
        {
            if (string.Equals(AnswerScales[i].Key, key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new DomainRuleException($"The form has no answer scale \"{key}\".");
    }
}
