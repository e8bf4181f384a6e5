namespace EhcpQa.Domain.Frameworks.Forms;

/// <summary>How an item is answered: labelled options, a numeric rating, or free text.</summary>
public enum AnswerKind
{
    /// <summary>Labelled options, such as Yes / No or "not evident / partly / fully".</summary>
    Choice = 1,

    /// <summary>A numeric scale, such as 1–5 or 0–5: every option's value is a whole number, rising.</summary>
    Rating,

    /// <summary>Free text only: no options and no points.</summary>
    Text,
}

/// <summary>One answer a grader may give on a scale, with the points it earns.</summary>
public sealed record AnswerOption(string Value, string Label, decimal? Points = null, bool NotApplicable = false);

/// <summary>
/// A way of answering items, named by a key the items refer to. Either every option that is not N/A
/// carries points, or none does: a scale without points is answered but counted in no total.
/// </summary>
public sealed record AnswerScale(string Key, AnswerKind Kind, IReadOnlyList<AnswerOption> Options)
{
    /// <summary>Whether answers on this scale earn points.</summary>
    public bool CarriesPoints => Options.Any(o => o is { NotApplicable: false, Points: not null });

    /// <summary>The most points an answer on this scale earns: an item's points available.</summary>
    public decimal MaximumPoints => CarriesPoints ? Options.Where(o => o.Points is not null).Max(o => o.Points!.Value) : 0m;

    public AnswerOption? Option(string? value) =>
        value is null ? null : Options.FirstOrDefault(o => string.Equals(o.Value, value, StringComparison.Ordinal));

    /// <summary>The option meaning "not applicable", if the scale has one.</summary>
    public AnswerOption? NotApplicableOption => Options.FirstOrDefault(o => o.NotApplicable);
}
