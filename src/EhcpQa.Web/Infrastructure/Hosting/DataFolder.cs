namespace EhcpQa.Web.Infrastructure.Hosting;

/// <summary>
/// The folder where the service keeps what it writes: the SQLite database, logs, data protection keys
/// and uploaded files. <c>Storage:DataPath</c> sets it; by default it is App_Data under the content root,
/// outside the web root.
/// </summary>
public sealed class DataFolder
{
    public DataFolder(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Subfolder(string name)
    {
        var folder = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(folder);
        return folder;
    }

    public static DataFolder From(IConfiguration configuration, IWebHostEnvironment environment)
    {
        var configured = configuration["Storage:DataPath"];
        var path = string.IsNullOrWhiteSpace(configured)
            ? System.IO.Path.Combine(environment.ContentRootPath, "App_Data")
            : System.IO.Path.Combine(environment.ContentRootPath, configured);
        return new DataFolder(path);
    }
}
