using System.Text.Json;
using System.Text.Json.Serialization;
using EhcpQa.Domain.Frameworks;

namespace EhcpQa.Domain.DraftChecks;

/// <summary>
/// One area of need as the golden thread reads it: its name, the headings a plan files statements under for it, the
/// words that place a statement in it when no heading does, and the sections whose statements fall in it when neither does.
/// </summary>
/// <param name="Name">The area's name as the page shows it, e.g. "Communication and interaction".</param>
/// <param name="Headings">Headings that open the area ("Cognition &amp; Learning", "SEMH"), compared without case or punctuation.</param>
/// <param name="Words">Words and phrases that place a statement in the area ("speech", "fine motor"), compared by stem.</param>
/// <param name="Sections">Sections whose statements are in this area when neither a heading nor the words place them (C in Health).</param>
public sealed record AreaWording(string Name, IReadOnlyList<string> Headings, IReadOnlyList<string> Words, IReadOnlyList<SectionCode> Sections);

/// <summary>
/// The words the golden thread reads a draft by, kept as data (the default list ships with the service as
/// <c>thread-wording.json</c>) so a QA lead can extend it: the areas of need with their headings and words, the
/// stop words that never link a need to an answer, the phrases of a statement that nothing was identified, and how
/// many content words a need and an answer must share to be linked when their areas differ.
/// </summary>
public sealed record ThreadWording(
    IReadOnlyList<AreaWording> Areas,
    IReadOnlyList<string> StopWords,
    IReadOnlyList<string> NothingIdentified,
    int SharedWordsToLink = 2)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The list the service ships with.</summary>
    public static ThreadWording Default { get; } = LoadDefault();

    /// <summary>Reads a wording list from its JSON form.</summary>
    public static ThreadWording FromJson(string json)
    {
        var read = JsonSerializer.Deserialize<WordingFile>(json, Json)
            ?? throw new DomainRuleException("The golden thread wording list is empty.");
        var areas = (read.Areas ?? [])
            .Where(a => !string.IsNullOrWhiteSpace(a.Name))
            .Select(a => new AreaWording(a.Name!.Trim(), a.Headings ?? [], a.Words ?? [], a.Sections ?? []))
            .ToList();
        return new ThreadWording(areas, read.StopWords ?? [], read.NothingIdentified ?? [], read.SharedWordsToLink is > 0 and var shared ? shared : 2);
    }

    private static ThreadWording LoadDefault() => FromJson(DraftCheckWording.ShippedJson(DraftCheckWording.ThreadDocument));

    private sealed record WordingFile(
        [property: JsonPropertyName("areas")] List<AreaFile>? Areas,
        [property: JsonPropertyName("stopWords")] List<string>? StopWords,
        [property: JsonPropertyName("nothingIdentified")] List<string>? NothingIdentified,
        [property: JsonPropertyName("sharedWordsToLink")] int? SharedWordsToLink);

    private sealed record AreaFile(
        [property: JsonPropertyName("name")] string? Name,
        [property: JsonPropertyName("headings")] List<string>? Headings,
        [property: JsonPropertyName("words")] List<string>? Words,
        [property: JsonPropertyName("sections")] List<SectionCode>? Sections);
}
