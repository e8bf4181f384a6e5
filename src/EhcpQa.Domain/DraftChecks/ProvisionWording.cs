using System.Text.Json;
using System.Text.Json.Serialization;

namespace EhcpQa.Domain.DraftChecks;

/// <summary>A word or phrase that makes provision vague, and why.</summary>
public sealed record VagueTerm(string Words, string Reason);

/// <summary>
/// The words the draft checker reads provision by, kept as data (the default list ships with the service as
/// <c>provision-wording.json</c>): phrases that make provision vague, the units and frequency words that quantify
/// it, the roles that deliver it, and the phrases of a statement that nothing was identified (not provision to check).
/// </summary>
public sealed record ProvisionWording(
    IReadOnlyList<VagueTerm> VagueTerms,
    IReadOnlyList<string> AmountUnits,
    IReadOnlyList<string> FrequencyWords,
    IReadOnlyList<string> DeliveryRoles,
    IReadOnlyList<string> NothingIdentified)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    /// <summary>The list the service ships with.</summary>
    public static ProvisionWording Default { get; } = LoadDefault();

    /// <summary>Reads a wording list from its JSON form.</summary>
    public static ProvisionWording FromJson(string json)
    {
        var read = JsonSerializer.Deserialize<WordingFile>(json, Json)
            ?? throw new DomainRuleException("The provision wording list is empty.");
        return new ProvisionWording(read.VagueTerms ?? [], read.AmountUnits ?? [], read.FrequencyWords ?? [], read.DeliveryRoles ?? [], read.NothingIdentified ?? []);
    }

    private static ProvisionWording LoadDefault()
    {
        using var stream = typeof(ProvisionWording).Assembly.GetManifestResourceStream("EhcpQa.Domain.DraftChecks.provision-wording.json")
            ?? throw new InvalidOperationException("The default provision wording list is missing from the build.");
        using var reader = new StreamReader(stream);
        return FromJson(reader.ReadToEnd());
    }

    private sealed record WordingFile(
        [property: JsonPropertyName("vagueTerms")] List<VagueTerm>? VagueTerms,
        [property: JsonPropertyName("amountUnits")] List<string>? AmountUnits,
        [property: JsonPropertyName("frequencyWords")] List<string>? FrequencyWords,
        [property: JsonPropertyName("deliveryRoles")] List<string>? DeliveryRoles,
        [property: JsonPropertyName("nothingIdentified")] List<string>? NothingIdentified);
}
