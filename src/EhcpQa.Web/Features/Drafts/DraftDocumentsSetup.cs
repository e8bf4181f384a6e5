namespace EhcpQa.Web.Features.Drafts;

/// <summary>The services behind uploading a draft plan's document.</summary>
public static class DraftDocumentsSetup
{
    /// <summary>Registers <see cref="DraftFileStore"/> (a singleton; it needs the <c>DataFolder</c> singleton).</summary>
    public static IServiceCollection AddDraftDocuments(this IServiceCollection services)
    {
        services.AddSingleton<DraftFileStore>();
        return services;
    }
}
