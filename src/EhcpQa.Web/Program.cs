using EhcpQa.Web.Infrastructure.FeatureFolders;
using EhcpQa.Web.Infrastructure.Security;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddControllersWithViews();
builder.Services.AddFeatureFolders();

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error");
}

app.UseStatusCodePagesWithReExecute("/error/{0}");
app.UseSecurityHeaders(app.Environment);
app.MapStaticAssets();
app.MapControllers();

app.Run();

public partial class Program;
