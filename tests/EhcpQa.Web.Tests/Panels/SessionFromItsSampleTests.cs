using System.Net;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Sampling;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Panels;

/// <summary>
/// A QA lead sets up a session from a dip sample's page in one step: the form opens with the sample chosen and the
/// sample's theme as the session's, and the session moderates the sample's plans; a sample with fewer plans than the
/// authority's minimum is refused, saying why.
/// </summary>
public sealed class SessionFromItsSampleTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    private Task<(int SampleId, int[] Plans)> SampleAsync() => app.SharedAsync("sample", async () =>
    {
        var plans = await PanelScenes.IssuedPlansAsync(app, "EHC-FROM-SAMPLE", DemoUsers.Caseworker, DemoUsers.OtherCaseworker, DemoUsers.Caseworker);
        return (await PanelScenes.SampleAsync(app, plans, new SampleTheme(Setting: SettingType.Mainstream)), plans);
    });

    [Fact]
    public async Task TheSamplesPage_OpensTheSessionForm_WithTheSampleAndItsTheme()
    {
        var (sampleId, _) = await SampleAsync();
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);

        var samplePage = await qaLead.GetPageAsync($"/samples/{sampleId}");
        var link = samplePage.QuerySelectorAll("a").Single(a => a.TextContent.Trim() == "Set up a panel session for this sample").GetAttribute("href")!;
        var form = await qaLead.GetPageAsync(link);

        Assert.Equal(sampleId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            form.QuerySelector("select[name='Form.DipSampleId'] option[selected]")?.GetAttribute("value"));
        Assert.Equal(string.Join(", ", new SampleTheme(Setting: SettingType.Mainstream).Words()), form.QuerySelector("input[name='Form.Theme']")?.GetAttribute("value"));
    }

    [Fact]
    public async Task TheSessionSetUpOnTheSample_HasTheSamplesPlans()
    {
        var (sampleId, plans) = await SampleAsync();
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var chair = await PanelScenes.UserIdAsync(app, DemoUsers.QaLead);

        var sessionUrl = PanelScenes.SessionUrl(await PanelScenes.SetUpAsync(qaLead, sampleId, "MultiAgencyPanel", chair));
        var page = await qaLead.GetPageAsync(sessionUrl);

        var references = await app.WithDatabaseAsync(db => db.Plans.Where(p => plans.Contains(p.Id)).Select(p => p.Reference).ToListAsync());
        var rows = page.QuerySelectorAll("table.govuk-table tbody tr").Select(r => r.QuerySelector("td")!.TextContent.Trim()).ToList();
        Assert.All(references, r => Assert.Contains(r, rows));
    }
}

/// <summary>A session cannot be set up on a sample with fewer plans than the authority's minimum; the error summary says why.</summary>
public sealed class MinimumPlansPerSessionTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task ASampleWithFewerPlansThanTheMinimum_IsRefused_WithTheReasonInTheErrorSummary()
    {
        var plans = await PanelScenes.IssuedPlansAsync(app, "EHC-MINIMUM", DemoUsers.Caseworker, DemoUsers.OtherCaseworker, DemoUsers.Caseworker);
        var sampleId = await PanelScenes.SampleAsync(app, plans);
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var chair = await PanelScenes.UserIdAsync(app, DemoUsers.QaLead);
        var saved = await qaLead.PostFormAsync("/panels/representation", RepresentationFields.Default(minimum: "10"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var refused = await PanelScenes.SetUpAsync(qaLead, sampleId, "MultiAgencyPanel", chair);

        var summary = await PanelScenes.ErrorSummaryAsync(refused);
        Assert.Contains("The sample has 3 plans: a session moderates at least 10 plans", summary, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDatabaseAsync(db => db.PanelSessions.CountAsync(s => s.DipSampleId == sampleId)));
    }
}

/// <summary>The fields of the panel representation form.</summary>
internal static class RepresentationFields
{
    public static List<KeyValuePair<string, string>> Default(string minimum = "1", string readFrom = "", string[]? required = null, Dictionary<string, string>? names = null)
    {
        var fields = new List<KeyValuePair<string, string>> { new("Representation.MinimumPlans", minimum), new("Representation.ReadFrom", readFrom) };
        fields.AddRange((required ?? ["SendTeam", "Health", "SocialCare", "EducationSetting", "ParentCarerForum"]).Select(r => new KeyValuePair<string, string>("Representation.Required", r)));
        var agencies = Enum.GetNames<EhcpQa.Domain.Staff.Agency>();
        for (var i = 0; i < agencies.Length; i++)
        {
            fields.Add(new($"Representation.Names[{i}].Agency", agencies[i]));
            fields.Add(new($"Representation.Names[{i}].Name", names?.GetValueOrDefault(agencies[i]) ?? string.Empty));
        }

        return fields;
    }
}
