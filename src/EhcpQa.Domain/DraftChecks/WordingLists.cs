using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace EhcpQa.Domain.DraftChecks;

/// <summary>One entry of a word list: the words, and for lists that say why (vague terms), the reason.</summary>
public sealed record WordingItem(string Words, string? Reason);

/// <summary>One list of words a draft check reads by. <see cref="HasReasons"/>: each entry carries the reason shown with a flag.</summary>
public sealed record WordingList(string Key, bool HasReasons, IReadOnlyList<WordingItem> Items)
{
    /// <summary>Whether the list holds these words (case and spacing aside).</summary>
    public bool Holds(string words) => Items.Any(i => WordingLists.SameWords(i.Words, words));
}

/// <summary>
/// The word lists of one wording document (a JSON file the service ships with, such as the provision wording), as
/// the authority has them: the shipped lists with the authority's <see cref="WordingChange"/>s applied in order.
/// Every array of strings is a list, and every array of objects with <c>words</c> (and <c>reason</c>); arrays of
/// objects with a <c>name</c> hold lists of their own, keyed by the name (<c>thread.areas.semh.words</c>).
/// </summary>
public sealed partial class WordingLists
{
    private readonly JsonObject _root;
    private readonly Dictionary<string, (JsonArray Array, bool HasReasons)> _arrays;

    private WordingLists(string document, JsonObject root)
    {
        Document = document;
        _root = root;
        _arrays = new Dictionary<string, (JsonArray, bool)>(StringComparer.Ordinal);
        Collect(root, document);
    }

    /// <summary>The document's name: the first part of each list's key.</summary>
    public string Document { get; }

    /// <summary>Every list of the document, in the document's order.</summary>
    public IReadOnlyList<WordingList> Lists => _arrays.Select(a => ListOf(a.Key, a.Value.Array, a.Value.HasReasons)).ToList();

    /// <summary>Reads a wording document.</summary>
    public static WordingLists Parse(string document, string json)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(document);
        return new WordingLists(document, JsonNode.Parse(json) as JsonObject
            ?? throw new DomainRuleException($"The {document} wording is not a JSON object."));
    }

    /// <summary>The list with this key, or null when the document has none.</summary>
    public WordingList? Find(string key) =>
        _arrays.TryGetValue(key, out var found) ? ListOf(key, found.Array, found.HasReasons) : null;

    /// <summary>The lists with the changes made to this document applied in the order they were made.</summary>
    public WordingLists With(IEnumerable<WordingChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var copy = new WordingLists(Document, (JsonObject)_root.DeepClone());
        foreach (var change in changes.OrderBy(c => c.MadeAt).ThenBy(c => c.Id))
        {
            if (!copy._arrays.TryGetValue(change.List, out var target))
            {
                // A change to a list the service no longer ships: nothing to apply it to.
                continue;
            }

            var existing = target.Array.FirstOrDefault(n => SameWords(WordsOf(n), change.Words));
            if (change.Kind == WordingChangeKind.Added && existing is null)
            {
                target.Array.Add(target.HasReasons
                    ? new JsonObject { ["words"] = change.Words, ["reason"] = change.Reason ?? string.Empty }
                    : JsonValue.Create(change.Words));
            }
            else if (change.Kind == WordingChangeKind.Removed && existing is not null)
            {
                target.Array.Remove(existing);
            }
        }

        return copy;
    }

    /// <summary>The document as JSON, for the check that reads it.</summary>
    public string ToJson() => _root.ToJsonString();

    /// <summary>Words compared as a person would: case, spacing and hyphens aside.</summary>
    public static bool SameWords(string? a, string? b) =>
        string.Equals(Normalised(a), Normalised(b), StringComparison.OrdinalIgnoreCase);

    /// <summary>"Communication and interaction" → "communication-and-interaction".</summary>
    public static string Slug(string name) => NotSlug().Replace(name.Trim().ToLowerInvariant(), "-").Trim('-');

    private void Collect(JsonObject node, string prefix)
    {
        foreach (var (name, value) in node)
        {
            var key = $"{prefix}.{name}";
            switch (value)
            {
                case JsonArray array when array.Count > 0 && array.All(n => n is JsonObject o && o["name"] is JsonValue):
                    foreach (var named in array.OfType<JsonObject>())
                    {
                        Collect(named, $"{key}.{Slug(named["name"]!.GetValue<string>())}");
                    }

                    break;
                case JsonArray array when array.All(n => n is JsonObject o && o["words"] is JsonValue):
                    _arrays[key] = (array, array.Count > 0 || name.EndsWith("Terms", StringComparison.Ordinal));
                    break;
                case JsonArray array when array.All(n => n is JsonValue v && v.GetValueKind() == JsonValueKind.String):
                    _arrays[key] = (array, false);
                    break;
                case JsonObject child:
                    Collect(child, key);
                    break;
                default:
                    break;
            }
        }
    }

    private static WordingList ListOf(string key, JsonArray array, bool hasReasons) =>
        new(key, hasReasons, array.Select(n => new WordingItem(WordsOf(n) ?? string.Empty, hasReasons ? n?["reason"]?.GetValue<string>() : null)).ToList());

    private static string? WordsOf(JsonNode? node) => node switch
    {
        JsonObject o => o["words"]?.GetValue<string>(),
        JsonValue v => v.GetValue<string>(),
        _ => null,
    };

    private static string Normalised(string? words) => Spaces().Replace((words ?? string.Empty).Replace('-', ' ').Trim(), " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotSlug();
}
