using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using EhcpQa.Domain;
using EhcpQa.Domain.Frameworks.Forms;
using Json.Schema;

namespace EhcpQa.Web.Persistence.Frameworks;

/// <summary>
/// A framework version as a file (format 2, docs/frameworks.md, framework.schema.json beside this class):
/// <see cref="Read"/> checks a file against the schema and then against the form's own rules
/// (<see cref="FrameworkForm.Problems"/>) and gives either the form or every problem with its place in the
/// file; <see cref="Write"/> writes a form so that reading it back gives the same form.
/// </summary>
public static partial class FrameworkFile
{
    /// <summary>The largest file read: far beyond any real framework (the shipped one is about 40 KB).</summary>
    public const int MaxBytes = 2 * 1024 * 1024;

    public const int Format = 2;

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        MaxDepth = 32,
    };

    private static readonly Lazy<JsonSchema> Schema = new(() =>
    {
        using var stream = typeof(FrameworkFile).Assembly.GetManifestResourceStream(SchemaResource)
            ?? throw new InvalidOperationException($"The framework schema {SchemaResource} is not embedded.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return JsonSchema.FromText(reader.ReadToEnd());
    });

    /// <summary>The values each field of fixed values takes, named in the problem when a file gives another.</summary>
    private static readonly Dictionary<string, string> FixedValues = new(StringComparer.Ordinal)
    {
        ["assesses"] = "\"plan\", \"advice\" or \"familySurvey\"",
        ["notApplicable"] = "\"removesItem\" or \"awardsFullPoints\"",
        ["kind"] = "\"choice\", \"rating\" or \"text\"",
        ["best"] = "\"first\" or \"last\"",
        ["mode"] = "\"none\", \"chosen\" or \"banded\"",
        ["basis"] = "\"overallItems\" or \"total\"",
    };

    public const string SchemaResource = "EhcpQa.Web.Persistence.Frameworks.framework.schema.json";

    /// <summary>Reads a framework file: the form, or every problem found (and then no form).</summary>
    public static async Task<FrameworkFileReading> ReadAsync(Stream file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await file.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return FrameworkFileReading.Refused(Problem.General($"The file is larger than {MaxBytes / 1024 / 1024} MB: a framework file is far smaller. Check it is the right file"));
            }

            buffer.Write(chunk, 0, read);
        }

        return Read(buffer.ToArray());
    }

    /// <summary>Reads a framework file's bytes (UTF-8 JSON): the form, or every problem found.</summary>
    public static FrameworkFileReading Read(ReadOnlyMemory<byte> bytes)
    {
        if (bytes.Length == 0)
        {
            return FrameworkFileReading.Refused(Problem.General("The file is empty"));
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 32, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" at line {line + 1}, character {(e.BytePositionInLine ?? 0) + 1}" : string.Empty;
            return FrameworkFileReading.Refused(Problem.General($"The file is not JSON{where}. Check it is a framework file, saved as JSON in UTF-8"));
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return FrameworkFileReading.Refused(Problem.General("The file is not a framework file: it should hold one JSON object, starting with {"));
            }

            if (!document.RootElement.TryGetProperty("format", out var format) || format.ValueKind != JsonValueKind.Number || !format.TryGetInt32(out var number) || number != Format)
            {
                return FrameworkFileReading.Refused(new Problem("format", $"The file must say \"format\": {Format}: this service reads framework files of format {Format} (docs/frameworks.md)"));
            }

            var schemaProblems = SchemaProblems(document.RootElement);
            if (schemaProblems.Count > 0)
            {
                return FrameworkFileReading.Refused(schemaProblems);
            }

            var file = document.RootElement.Deserialize<FileForm>(JsonOptions)!;
            var form = file.ToForm();
            var problems = form.Problems();
            return problems.Count > 0 ? FrameworkFileReading.Refused(problems) : FrameworkFileReading.Read(form);
        }
    }

    /// <summary>
    /// The framework key a file names, read without checking the rest of the file; null when it names none.
    /// For telling quickly whether a file's framework is already held, before reading the file in full.
    /// </summary>
    public static string? KeyOf(ReadOnlyMemory<byte> bytes)
    {
        try
        {
            using var document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 32, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("framework", out var framework)
                && framework.ValueKind == JsonValueKind.Object
                && framework.TryGetProperty("key", out var key)
                && key.ValueKind == JsonValueKind.String
                    ? key.GetString()
                    : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Writes a form as a framework file (UTF-8 JSON, indented).</summary>
    public static byte[] Write(FrameworkForm form) =>
        JsonSerializer.SerializeToUtf8Bytes(FileForm.From(form), JsonOptions);

    /// <summary>
    /// Reads a form the database holds: written by <see cref="Write"/> from a form that kept every rule when it
    /// was stored, so it is not checked again.
    /// </summary>
    public static FrameworkForm ReadStored(string json) =>
        (JsonSerializer.Deserialize<FileForm>(json, JsonOptions) ?? throw new InvalidDataException("A stored framework form is empty.")).ToForm();

    /// <summary>Writes a form as the database holds it: the file, as text.</summary>
    public static string WriteStored(FrameworkForm form) => Encoding.UTF8.GetString(Write(form));

    /// <summary>A file name for a version of a form: its key and version number, in safe characters.</summary>
    public static string FileNameFor(FrameworkForm form, int versionNumber)
    {
        ArgumentNullException.ThrowIfNull(form);
        var name = UnsafeInFileName().Replace($"{form.Key}-version-{versionNumber}", "-").Trim('-');
        return $"{name}.json";
    }

    /// <summary>"/sections/3/items/2/points" as "sections[3].items[2].points".</summary>
    public static string PathOf(string location)
    {
        var path = new StringBuilder();
        foreach (var segment in location.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                path.Append('[').Append(name).Append(']');
            }
            else
            {
                if (path.Length > 0)
                {
                    path.Append('.');
                }

                path.Append(name);
            }
        }

        return path.ToString();
    }

    private static List<Problem> SchemaProblems(JsonElement root)
    {
        var results = Schema.Value.Evaluate(root, new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical });
        var problems = new List<Problem>();
        if (!results.IsValid)
        {
            Collect(results, problems);
        }

        return problems.DistinctBy(p => (p.Field, p.Message)).ToList();
    }

    /// <summary>
    /// Walks the failing part of the schema's evaluation: each keyword that failed gives a problem at its place
    /// in the file. A place that fails with no keyword of its own to blame (a band with both "from" and
    /// "above", which fails the schema's "one of") gives one problem there.
    /// </summary>
    private static void Collect(EvaluationResults node, List<Problem> problems)
    {
        var path = PathOf(node.InstanceLocation.ToString());
        foreach (var (keyword, libraryMessage) in node.Errors ?? new Dictionary<string, string>())
        {
            problems.Add(ProblemFor(keyword, libraryMessage, path));
        }

        var failing = (node.Details ?? []).Where(d => !d.IsValid).ToList();
        foreach (var child in failing)
        {
            Collect(child, problems);
        }

        if (failing.Count == 0 && node.Errors is not { Count: > 0 })
        {
            problems.Add(new Problem(path, path.Contains("bands[", StringComparison.Ordinal)
                ? "Give the band either \"from\" (at least) or \"above\" (more than), one of them"
                : "This is not what a framework file has here: docs/frameworks.md describes each field"));
        }
    }

    private static Problem ProblemFor(string keyword, string? libraryMessage, string path)
    {
        var segments = path.Split('.', '[', ']').Where(s => s.Length > 0).ToList();
        var field = segments.LastOrDefault() ?? string.Empty;
        var isListEntry = int.TryParse(field, NumberStyles.None, CultureInfo.InvariantCulture, out _);
        return keyword switch
        {
            "required" => Required(path, libraryMessage),
            "additionalProperties" or "false" or "" => new Problem(path, $"\"{field}\" is not a field of a framework file: check its spelling (docs/frameworks.md lists every field)"),
            "enum" when FixedValues.TryGetValue(field, out var values) => new Problem(path, $"Use one of {values}"),
            "const" => new Problem(path, $"The file must say \"format\": {Format}"),
            "type" => new Problem(path, $"This should be {Expected(isListEntry ? segments[^2] + "[]" : field)}"),
            _ => new Problem(path, libraryMessage ?? "This is not what a framework file has here"),
        };
    }

    private static Problem Required(string path, string? libraryMessage)
    {
        var missing = QuotedNames().Matches(libraryMessage ?? string.Empty).Select(m => m.Groups[1].Value).ToList();
        if (missing.Count == 0)
        {
            return new Problem(path, "A field this part must have is missing");
        }

        var at = path.Length == 0 ? string.Empty : path + ".";
        return new Problem($"{at}{missing[0]}", missing.Count == 1
            ? $"Add \"{missing[0]}\": it is required here"
            : $"Add {string.Join(", ", missing.Select(m => $"\"{m}\""))}: they are required here");
    }

    /// <summary>What a field holds, in words a person editing the file knows; "prompts[]" is an entry of the list "prompts".</summary>
    private static string Expected(string field) => field switch
    {
        "prompts[]" or "descriptors[]" => "text, in quotes",
        _ when field.EndsWith("[]", StringComparison.Ordinal) => "an object, in { }",
        "items" or "options" or "sections" or "answerScales" or "grades" or "bands" or "caps" or "prompts" or "descriptors" or "qualityStandards" => "a list, in [ ]",
        "points" or "from" or "above" or "atLeastShare" => "a number",
        "number" or "standard" or "atLeast" or "format" => "a whole number",
        "notApplicable" or "sectionsBelowPassBar" => "true or false",
        "framework" or "version" or "gradeScale" or "overall" or "sectionGrades" or "grade" or "rating" or "when" => "an object, in { }",
        _ => "text, in quotes",
    };

    [GeneratedRegex("\"([^\"]+)\"")]
    private static partial Regex QuotedNames();

    [GeneratedRegex("[^A-Za-z0-9-]+")]
    private static partial Regex UnsafeInFileName();

    // ---- The file's shape ------------------------------------------------------------------------------

    private sealed record FileForm(
        int Format,
        FileFramework Framework,
        FileVersion Version,
        IReadOnlyList<FileScale> AnswerScales,
        FileGradeScale? GradeScale,
        IReadOnlyList<FileStandard>? QualityStandards,
        IReadOnlyList<FileSection> Sections,
        FileGradeRule? SectionGrades,
        FileOverall? Overall)
    {
        public FrameworkForm ToForm() => new(
            Framework.Key?.Trim() ?? string.Empty,
            Framework.Name?.Trim() ?? string.Empty,
            Version.Title?.Trim() ?? string.Empty,
            Version.Source?.Trim() ?? string.Empty,
            Version.Assesses,
            Version.NotApplicable ?? NotApplicableRule.RemovesItem,
            AnswerScales.Select(s => new AnswerScale(
                    s.Key?.Trim() ?? string.Empty,
                    s.Kind ?? AnswerKind.Choice,
                    (s.Options ?? []).Select(o => new AnswerOption(o.Value?.Trim() ?? string.Empty, o.Label?.Trim() ?? string.Empty, o.Points, o.NotApplicable ?? false)).ToList()))
                .ToList(),
            GradeScale is null
                ? null
                : new GradeScale(
                    GradeScale.Grades.Select(g => new ScaleGrade(g.Value?.Trim() ?? string.Empty, g.Name?.Trim() ?? string.Empty, Texts(g.Descriptors))).ToList(),
                    GradeScale.Best == FileBest.First,
                    GradeScale.PassBar?.Trim() ?? string.Empty),
            (QualityStandards ?? []).Select(s => new StandardText(s.Number, s.Title?.Trim() ?? string.Empty, s.Text?.Trim() ?? string.Empty)).ToList(),
            Sections.Select(s => new FormSection(s.Code?.Trim() ?? string.Empty, s.Title?.Trim() ?? string.Empty, Texts(s.Prompts), Items(s.Items))).ToList(),
            SectionGrades?.ToRule(OverallBasis.OverallItems) ?? GradeRule.NoGrade,
            Overall is null
                ? null
                : new OverallPart(
                    new FormSection(OverallPart.Code, Overall.Title?.Trim() is { Length: > 0 } title ? title : OverallPart.DefaultTitle, Texts(Overall.Prompts), Items(Overall.Items ?? [])),
                    Overall.Grade?.ToRule(Overall.Items is { Count: > 0 } ? OverallBasis.OverallItems : OverallBasis.Total) ?? GradeRule.NoGrade,
                    Overall.Rating is null ? null : new OverallRating(Overall.Rating.Question?.Trim() ?? string.Empty, Overall.Rating.Answers?.Trim() ?? string.Empty)));

        public static FileForm From(FrameworkForm form) => new(
            FrameworkFile.Format,
            new FileFramework(form.Key, form.Name),
            new FileVersion(form.Title, Blank(form.Source), form.Assesses, form.NotApplicable),
            form.AnswerScales.Select(s => new FileScale(
                s.Key,
                s.Kind,
                s.Kind == AnswerKind.Text ? null : s.Options.Select(o => new FileOption(o.Value, o.Label, o.Points, o.NotApplicable ? true : null)).ToList())).ToList(),
            form.GradeScale is { } scale
                ? new FileGradeScale(
                    scale.BestFirst ? FileBest.First : FileBest.Last,
                    scale.Grades.Select(g => new FileGrade(g.Value, g.Name, g.Descriptors.Count == 0 ? null : g.Descriptors)).ToList(),
                    scale.PassBar)
                : null,
            form.QualityStandards.Count == 0 ? null : form.QualityStandards.Select(s => new FileStandard(s.Number, s.Title, s.Text)).ToList(),
            form.Sections.Select(s => new FileSection(s.Code, s.Title, s.Prompts.Count == 0 ? null : s.Prompts, s.Items.Select(FileItem.From).ToList())).ToList(),
            FileGradeRule.From(form.SectionGrades, overall: false),
            form.Overall is { } overall
                ? new FileOverall(
                    overall.Part.Title,
                    overall.Part.Prompts.Count == 0 ? null : overall.Part.Prompts,
                    overall.Part.Items.Count == 0 ? null : overall.Part.Items.Select(FileItem.From).ToList(),
                    FileGradeRule.From(overall.Grade, overall: true),
                    overall.Rating is { } rating ? new FileRating(rating.Question, rating.Answers) : null)
                : null);

        private static List<FormItem> Items(IReadOnlyList<FileItem> items) =>
            items.Select((item, index) => new FormItem(
                item.Code?.Trim() is { Length: > 0 } code ? code : (index + 1).ToString(CultureInfo.InvariantCulture),
                item.Text?.Trim() ?? string.Empty,
                item.Answers?.Trim() ?? string.Empty,
                Blank(item.Subheading?.Trim()),
                Blank(item.Guidance?.Trim()),
                Blank(item.FeedbackPrompt?.Trim()),
                Blank(item.Example?.Trim()),
                item.Standard)).ToList();

        private static List<string> Texts(IReadOnlyList<string>? texts) => (texts ?? []).Select(t => t?.Trim() ?? string.Empty).ToList();

        private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
    }

    private sealed record FileFramework(string Key, string Name);

    private sealed record FileVersion(string Title, string? Source, AssessedDocument Assesses, NotApplicableRule? NotApplicable);

    private sealed record FileScale(string Key, AnswerKind? Kind, IReadOnlyList<FileOption>? Options);

    private sealed record FileOption(string Value, string Label, decimal? Points, bool? NotApplicable);

    private enum FileBest
    {
        First = 1,
        Last,
    }

    private sealed record FileGradeScale(FileBest Best, IReadOnlyList<FileGrade> Grades, string PassBar);

    private sealed record FileGrade(string Value, string Name, IReadOnlyList<string>? Descriptors);

    private sealed record FileStandard(int Number, string Title, string Text);

    private sealed record FileSection(string Code, string Title, IReadOnlyList<string>? Prompts, IReadOnlyList<FileItem> Items);

    private sealed record FileItem(
        string? Code,
        string Text,
        string Answers,
        string? Subheading,
        string? Guidance,
        string? FeedbackPrompt,
        string? Example,
        int? Standard)
    {
        public static FileItem From(FormItem item) =>
            new(item.Code, item.Text, item.Answers, item.Subheading, item.Guidance, item.FeedbackPrompt, item.Example, item.Standard);
    }

    private sealed record FileBand(string Grade, decimal? From, decimal? Above);

    private sealed record FileWhen(string? SectionsAtOrBelow, bool? SectionsBelowPassBar, int? AtLeast, decimal? AtLeastShare);

    private sealed record FileCap(FileWhen When, string AtBest);

    private sealed record FileGradeRule(GradeMode? Mode, OverallBasis? Basis, IReadOnlyList<FileBand>? Bands, IReadOnlyList<FileCap>? Caps)
    {
        public GradeRule ToRule(OverallBasis defaultBasis) => new(
            Mode ?? GradeMode.None,
            (Bands ?? []).Select(b => new Band(b.Grade?.Trim() ?? string.Empty, b.Above ?? b.From ?? 0m, b.Above is not null)).ToList(),
            Basis ?? defaultBasis,
            (Caps ?? []).Select(c => new GradeCap(
                new CapCondition(c.When.SectionsAtOrBelow?.Trim(), c.When.SectionsBelowPassBar ?? false, c.When.AtLeast, c.When.AtLeastShare),
                c.AtBest?.Trim() ?? string.Empty)).ToList());

        public static FileGradeRule? From(GradeRule rule, bool overall) => rule.Mode == GradeMode.None && rule.Bands.Count == 0
            ? null
            : new FileGradeRule(
                rule.Mode,
                overall ? rule.Basis : null,
                rule.Bands.Count == 0 ? null : rule.Bands.Select(b => new FileBand(b.Grade, b.Above ? null : b.Threshold, b.Above ? b.Threshold : null)).ToList(),
                !overall || rule.GradeCaps.Count == 0
                    ? null
                    : rule.GradeCaps.Select(c => new FileCap(
                        new FileWhen(c.When.SectionsAtOrBelow, c.When.SectionsBelowPassBar ? true : null, c.When.AtLeast, c.When.AtLeastShare),
                        c.AtBest)).ToList());
    }

    private sealed record FileOverall(string? Title, IReadOnlyList<string>? Prompts, IReadOnlyList<FileItem>? Items, FileGradeRule? Grade, FileRating? Rating);

    private sealed record FileRating(string Question, string Answers);
}

/// <summary>What reading a framework file gave: the form, or every problem found with its place in the file.</summary>
public sealed record FrameworkFileReading(FrameworkForm? Form, IReadOnlyList<Problem> Problems)
{
    public bool Succeeded => Form is not null;

    public static FrameworkFileReading Read(FrameworkForm form) => new(form, []);

    public static FrameworkFileReading Refused(IReadOnlyList<Problem> problems) => new(null, problems);

    public static FrameworkFileReading Refused(Problem problem) => new(null, [problem]);
}
