using System.Text.Json;
using System.Text.Json.Serialization;

namespace EhcpQa.Domain.DraftChecks;

/// <summary>A word or phrase that makes provision vague, and why.</summary>
public sealed record VagueTerm(string Words, string Reason);

/// <summary>
/// The words the draft checker reads a draft by, kept as data (the default list ships with the service as
/// <c>provision-wording.json</c>): phrases that make provision vague, the units and frequency words that quantify
/// it, the roles that deliver it, and the phrases of a statement that nothing was identified (not provision to check);
/// the words of preparing for adulthood; the time frames and measures of an outcome; and the words by which the
/// child's name is told from other people's (a list a JSON form may leave out is read as empty).
/// </summary>
public sealed record ProvisionWording(
    IReadOnlyList<VagueTerm> VagueTerms,
    IReadOnlyList<string> AmountUnits,
    IReadOnlyList<string> FrequencyWords,
    IReadOnlyList<string> DeliveryRoles,
    IReadOnlyList<string> NothingIdentified)
{
    /// <summary>Words of the four preparing-for-adulthood areas (employment, independent living, community, good health), one of which outcomes and provision must use from Year 9.</summary>
    public IReadOnlyList<string> PreparingForAdulthood { get; init; } = [];

    /// <summary>
    /// Phrases that give an outcome its time frame ("by the end of", "within # months", "by july"). In a phrase,
    /// <c>#</c> stands for a number, <c>YYYY</c> for a year and <c>*</c> for any one word.
    /// </summary>
    public IReadOnlyList<string> OutcomeTimeFrames { get; init; } = [];

    /// <summary>Words by which an outcome can be measured or observed ("independently", "out of", "at least"; <c>#</c> stands for a number). A number is always a measure.</summary>
    public IReadOnlyList<string> OutcomeMeasures { get; init; } = [];

    /// <summary>Capitalised words that are not a person's name (months, days, section words, subjects, agencies…).</summary>
    public IReadOnlyList<string> NotNames { get; init; } = [];

    /// <summary>Words for people other than the child: family, friends and the adults who work with them ("mum", "sister", "teacher").</summary>
    public IReadOnlyList<string> OtherPeople { get; init; } = [];

    /// <summary>Titles before an adult's name ("Mrs", "Dr").</summary>
    public IReadOnlyList<string> Titles { get; init; } = [];

    /// <summary>Words after a name that make it the child's ("Sam will", "Sam needs").</summary>
    public IReadOnlyList<string> ChildSlotAfter { get; init; } = [];

    /// <summary>Words before a name that make it the child's ("support Sam", "for Sam").</summary>
    public IReadOnlyList<string> ChildSlotBefore { get; init; } = [];

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    /// <summary>The list the service ships with.</summary>
    public static ProvisionWording Default { get; } = LoadDefault();

    /// <summary>Reads a wording list from its JSON form.</summary>
    public static ProvisionWording FromJson(string json)
    {
        var read = JsonSerializer.Deserialize<WordingFile>(json, Json)
            ?? throw new DomainRuleException("The provision wording list is empty.");
        return new ProvisionWording(read.VagueTerms ?? [], read.AmountUnits ?? [], read.FrequencyWords ?? [], read.DeliveryRoles ?? [], read.NothingIdentified ?? [])
        {
            PreparingForAdulthood = read.PreparingForAdulthood ?? [],
            OutcomeTimeFrames = read.OutcomeTimeFrames ?? [],
            OutcomeMeasures = read.OutcomeMeasures ?? [],
            NotNames = read.NotNames ?? [],
            OtherPeople = read.OtherPeople ?? [],
            Titles = read.Titles ?? [],
            ChildSlotAfter = read.ChildSlotAfter ?? [],
            ChildSlotBefore = read.ChildSlotBefore ?? [],
        };
    }

    private static ProvisionWording LoadDefault() => FromJson(DraftCheckWording.ShippedJson(DraftCheckWording.ProvisionDocument));

    private sealed record WordingFile(
        [property: JsonPropertyName("vagueTerms")] List<VagueTerm>? VagueTerms,
        [property: JsonPropertyName("amountUnits")] List<string>? AmountUnits,
        [property: JsonPropertyName("frequencyWords")] List<string>? FrequencyWords,
        [property: JsonPropertyName("deliveryRoles")] List<string>? DeliveryRoles,
        [property: JsonPropertyName("nothingIdentified")] List<string>? NothingIdentified,
        [property: JsonPropertyName("preparingForAdulthood")] List<string>? PreparingForAdulthood,
        [property: JsonPropertyName("outcomeTimeFrames")] List<string>? OutcomeTimeFrames,
        [property: JsonPropertyName("outcomeMeasures")] List<string>? OutcomeMeasures,
        [property: JsonPropertyName("notNames")] List<string>? NotNames,
        [property: JsonPropertyName("otherPeople")] List<string>? OtherPeople,
        [property: JsonPropertyName("titles")] List<string>? Titles,
        [property: JsonPropertyName("childSlotAfter")] List<string>? ChildSlotAfter,
        [property: JsonPropertyName("childSlotBefore")] List<string>? ChildSlotBefore);
}
