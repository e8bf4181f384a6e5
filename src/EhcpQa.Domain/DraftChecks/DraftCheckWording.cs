namespace EhcpQa.Domain.DraftChecks;

/// <summary>
/// Every word list the draft checks read by, as the authority has them: the lists the service ships with
/// (embedded wording documents) with the authority's changes applied. Builds the checks from them.
/// </summary>
public sealed class DraftCheckWording
{
    /// <summary>The document of the words provision, outcomes, names and pronouns are read by.</summary>
    public const string ProvisionDocument = "provision";

    /// <summary>The document of the words the golden thread reads areas of need by.</summary>
    public const string ThreadDocument = "thread";

    private static readonly (string Document, string Resource)[] Shipped =
    [
        (ProvisionDocument, "EhcpQa.Domain.DraftChecks.provision-wording.json"),
        (ThreadDocument, "EhcpQa.Domain.DraftChecks.thread-wording.json"),
    ];

    private DraftCheckWording(IReadOnlyList<WordingLists> documents) => Documents = documents;

    /// <summary>The lists the service ships with.</summary>
    public static DraftCheckWording AsShipped { get; } = new(Shipped.Select(s => WordingLists.Parse(s.Document, ShippedJson(s.Document))).ToList());

    /// <summary>Each wording document, in the order the page shows them.</summary>
    public IReadOnlyList<WordingLists> Documents { get; }

    /// <summary>Every list of every document a QA lead may change (not which sections an area of need belongs to: that is the law's).</summary>
    public IEnumerable<WordingList> Lists => Documents.SelectMany(d => d.Lists).Where(IsWords);

    /// <summary>The list with this key, or null when there is none (or it is not one of words).</summary>
    public WordingList? Find(string key) => Documents.Select(d => d.Find(key)).FirstOrDefault(l => l is not null && IsWords(l));

    /// <summary>These lists with the authority's changes applied in order.</summary>
    public DraftCheckWording With(IReadOnlyCollection<WordingChange> changes) =>
        changes.Count == 0 ? this : new(Documents.Select(d => d.With(changes)).ToList());

    /// <summary>The draft checker reading by these lists.</summary>
    public DraftChecker Checker() => new(ProvisionWording.FromJson(Document(ProvisionDocument).ToJson()));

    /// <summary>The golden thread reading by these lists.</summary>
    public GoldenThread Thread() => new(ThreadWording.FromJson(Document(ThreadDocument).ToJson()));

    private static bool IsWords(WordingList list) => !list.Key.EndsWith(".sections", StringComparison.Ordinal);

    private WordingLists Document(string name) => Documents.Single(d => d.Document == name);

    /// <summary>A wording document as the service ships it.</summary>
    internal static string ShippedJson(string document)
    {
        var resource = Shipped.Single(s => s.Document == document).Resource;
        using var stream = typeof(DraftCheckWording).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The wording document {resource} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
