namespace EhcpQa.Web.Features.Frameworks;

/// <summary>The example framework files shipped with the service (Examples/*.json), which a QA lead may download and adapt.</summary>
public static class FrameworkExamples
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Features", "Frameworks", "Examples");

    /// <summary>The examples' file names, in order; read once.</summary>
    public static IReadOnlyList<string> Names { get; } =
        Directory.Exists(Folder)
            ? Directory.EnumerateFiles(Folder, "*.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList()
            : [];

    /// <summary>The path of the example with this name; null for any other name.</summary>
    public static string? PathOf(string? name) =>
        name is not null && Names.Contains(name, StringComparer.Ordinal) ? Path.Combine(Folder, name) : null;
}
