using EhcpQa.Web;
using EhcpQa.Web.Persistence.Seeding;

var builder = WebApplication.CreateBuilder(args);
builder.AddEhcpQa();

var app = builder.Build();
app.UseEhcpQa();

var readiness = app.Services.GetRequiredService<DatabaseReadiness>();
try
{
    using var scope = app.Services.CreateScope();
    await scope.ServiceProvider.GetRequiredService<DatabaseInitialiser>().InitialiseAsync();
    readiness.MarkReady();
}
catch (Exception failure)
{
    readiness.MarkFailed(failure);
    throw;
}

if (!app.Environment.IsDevelopment() && !EhcpQa.Web.Infrastructure.DataProtection.DataProtectionSetup.HasCertificate(app.Configuration))
{
    app.Logger.LogWarning("The data protection keys are kept unencrypted: set DataProtection:Certificate:Path (and :Password) to encrypt them with a certificate");
}

app.Lifetime.ApplicationStarted.Register(() => app.Logger.LogInformation(
    "EhcpQa is ready at {Urls} ({Environment}, database: {Provider})",
    string.Join(", ", app.Urls),
    app.Environment.EnvironmentName,
    app.Configuration["Database:Provider"] ?? "Sqlite"));

await app.RunAsync();

/// <summary>The web host's entry point, visible to the integration tests.</summary>
public partial class Program;
