using System.Net;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Plans;

/// <summary>Two people editing the same plan record: the second save is refused and keeps what they typed.</summary>
public sealed class EditPlanConcurrencyTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task Post_WhenRecordChangedSinceFormOpened_RefusesAndKeepsInput()
    {
        var planId = await app.Plans.DraftAsync("EHC-EDITED-TWICE-1");
        var manager = await app.SignInAsync(DemoUsers.QaLead);
        var other = await app.SignInAsync(DemoUsers.QaLead);

        var first = FormFields.Of(await manager.GetPageAsync($"/plans/{planId}/edit"));
        var second = FormFields.Of(await other.GetPageAsync($"/plans/{planId}/edit"));

        var firstSave = await manager.PostAsync($"/plans/{planId}/edit", first.With("Form.ChildIdentifier", "AB"));
        Assert.True(firstSave.StatusCode == HttpStatusCode.Redirect, (await SignedInClient.ParseAsync(firstSave)).QuerySelector(".govuk-error-summary")?.TextContent);

        var secondSave = await other.PostAsync($"/plans/{planId}/edit", second.With("Form.ChildIdentifier", "CD"));

        Assert.Equal(HttpStatusCode.OK, secondSave.StatusCode);
        var page = await SignedInClient.ParseAsync(secondSave);
        Assert.Contains("Someone else changed this plan's record", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("CD", page.QuerySelector("input[name='Form.ChildIdentifier']")!.GetAttribute("value"));
        Assert.Equal("AB", await app.WithDatabaseAsync(db => db.Plans.Where(p => p.Id == planId).Select(p => p.ChildIdentifier).SingleAsync()));

        // Saving again, now knowingly over the other change, goes through.
        var third = await other.PostAsync($"/plans/{planId}/edit", FormFields.Of(page));
        Assert.Equal(HttpStatusCode.Redirect, third.StatusCode);
        Assert.Equal("CD", await app.WithDatabaseAsync(db => db.Plans.Where(p => p.Id == planId).Select(p => p.ChildIdentifier).SingleAsync()));
    }
}
