namespace EhcpQa.Web.Features.Drafts;

/// <summary>The services behind uploading a draft plan's document.</summary>
public static class DraftDocumentsSetup
{
    /// <summary>Where uploaded drafts are kept: <c>Database</c> (the default) or <c>Folder</c>.</summary>
    public const string UploadsSetting = "Storage:Uploads";

    /// <summary>The folder for <c>Folder</c> uploads, and where earlier uploads are read from; by default <c>uploads</c> in the data folder.</summary>
    public const string UploadsPathSetting = "Storage:UploadsPath";

    /// <summary>
    /// Registers <see cref="IDraftFileStore"/> as chosen by <c>Storage:Uploads</c>: the database (the default,
    /// <see cref="DatabaseDraftFileStore"/>) or a folder (<see cref="DraftFileStore"/>, in
    /// <c>Storage:UploadsPath</c> or the data folder). The folder store is always registered: the database
    /// store reads earlier uploads from it. Both are singletons; they need the <c>DataFolder</c> singleton.
    /// </summary>
    public static IServiceCollection AddDraftDocuments(this IServiceCollection services)
    {
        services.AddSingleton(provider =>
        {
            var path = provider.GetService<IConfiguration>()?[UploadsPathSetting];
            return string.IsNullOrWhiteSpace(path)
                ? new DraftFileStore(provider.GetRequiredService<Infrastructure.Hosting.DataFolder>())
                : new DraftFileStore(path);
        });
        services.AddSingleton<DatabaseDraftFileStore>();
        services.AddSingleton<IDraftFileStore>(provider => UsesDatabase(provider.GetService<IConfiguration>())
            ? provider.GetRequiredService<DatabaseDraftFileStore>()
            : provider.GetRequiredService<DraftFileStore>());
        services.AddSingleton<DraftDocumentTokens>();
        services.AddScoped<EarlierUploads>();
        services.AddScoped<Persistence.Seeding.IStartUpStep>(provider => provider.GetRequiredService<EarlierUploads>());
        return services;
    }

    /// <summary>Whether uploads are kept in the database (<c>Storage:Uploads</c> is Database or not set).</summary>
    /// <exception cref="InvalidOperationException">The setting names neither.</exception>
    public static bool UsesDatabase(IConfiguration? configuration)
    {
        var choice = configuration?[UploadsSetting];
        if (string.IsNullOrWhiteSpace(choice) || string.Equals(choice, "Database", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return string.Equals(choice, "Folder", StringComparison.OrdinalIgnoreCase)
            ? false
            : throw new InvalidOperationException($"{UploadsSetting} '{choice}' is not known. Use 'Database' or 'Folder'.");
    }
}
