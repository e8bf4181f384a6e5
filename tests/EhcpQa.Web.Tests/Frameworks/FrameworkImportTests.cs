using System.Net;
using System.Text;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Web.Features.Frameworks;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Frameworks;

/// <summary>A QA lead imports a framework file as a new draft version; a file with any problem imports nothing.</summary>
public sealed class FrameworkImportTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Theory]
    [MemberData(nameof(Examples))]
    public async Task EachExample_ImportsAsTheFirstVersionOfANewFramework_ADraftShownAsGradersWillSeeIt(string name)
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var key = "import-" + Path.GetFileNameWithoutExtension(name);

        var versionPage = await FrameworkImports.ImportedAsync(qaLead, FrameworkImports.Example(name, key));
        var page = await qaLead.GetPageAsync(versionPage);

        Assert.Contains("Version 1: draft", page.QuerySelector(".govuk-caption-l")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector(".govuk-notification-banner--success"));
        Assert.NotNull(page.QuerySelector($"form[action$='/publish']"));
        var version = await app.WithDatabaseAsync(db => db.FrameworkVersions.Include(v => v.Framework).SingleAsync(v => v.Framework.Key == key));
        Assert.Equal(name.StartsWith("wirral", StringComparison.Ordinal) ? ScoringScheme.GradeOneToFour : ScoringScheme.Form, version.Scheme);
        Assert.NotNull(version.AddedBy);
        foreach (var part in version.Form!.PartsWithItems)
        {
            Assert.Contains(part.Title, page.Body!.TextContent, StringComparison.Ordinal);
        }
    }

    public static TheoryData<string> Examples() => new(FrameworkExamples.Names);

    [Fact]
    public async Task AFileWithAProblem_ImportsNothing_AndListsTheProblemWithItsPlace()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var text = Encoding.UTF8.GetString(FrameworkImports.Example("points-form.json", "import-broken"));
        var broken = Encoding.UTF8.GetBytes(text.Replace("\"assesses\": \"plan\"", "\"assesses\": \"letter\"", StringComparison.Ordinal));
        var before = await app.WithDatabaseAsync(db => db.FrameworkVersions.CountAsync());

        var response = await FrameworkImports.ImportAsync(qaLead, broken);
        var page = await SignedInClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("version.assesses", page.QuerySelectorAll("table code").Select(c => c.TextContent));
        Assert.NotNull(page.QuerySelector(".govuk-error-summary"));
        Assert.Equal(before, await app.WithDatabaseAsync(db => db.FrameworkVersions.CountAsync()));
        Assert.False(await app.WithDatabaseAsync(db => db.Frameworks.AnyAsync(f => f.Key == "import-broken")));
    }

    [Fact]
    public async Task AFileForAFrameworkWithADraft_IsRefused_UntilTheDraftIsPublished_ThenBecomesItsNextVersion()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var file = FrameworkImports.Example("marks-form.json", "import-twice");
        var first = await FrameworkImports.ImportedAsync(qaLead, file);

        var refused = await SignedInClient.ParseAsync(await FrameworkImports.ImportAsync(qaLead, file));
        Assert.Contains("Version 1 is still a draft", refused.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await FrameworkImports.PressAsync(qaLead, first, "publish")).StatusCode);
        var second = await FrameworkImports.ImportedAsync(qaLead, file);

        Assert.Contains("Version 2: draft", (await qaLead.GetPageAsync(second)).QuerySelector(".govuk-caption-l")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AVersionExported_ThenImported_IsTheSameVersion()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var first = await FrameworkImports.ImportedAsync(qaLead, FrameworkImports.Example("checklist.json", "import-round-trip"));
        await FrameworkImports.PressAsync(qaLead, first, "publish");
        var exported = await (await qaLead.GetAsync(first + "/file")).Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

        var second = await FrameworkImports.ImportedAsync(qaLead, exported);
        var exportedAgain = await (await qaLead.GetAsync(second + "/file")).Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

        Assert.NotEqual(first, second);
        Assert.Equal(Encoding.UTF8.GetString(exported), Encoding.UTF8.GetString(exportedAgain));
    }

    [Fact]
    public async Task OnlyAQaLead_MayImport()
    {
        var manager = await app.SignInAsync(DemoUsers.LocalityManager);

        var response = await manager.GetAsync("/frameworks/import");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
