using System.Net;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Samples;

/// <summary>
/// A QA lead sets the new-officer rule on a page and sees who is on it and why; the date a caseworker started in post is
/// recorded on their account by an administrator.
/// </summary>
public sealed class NewOfficerRuleTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task ByMonthsInPost_ACaseworkerStartedRecently_IsOnIt_AndOneLongInPostIsNot()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);

        var saved = await qaLead.PostAsync("/samples/new-officers", FormFields.Of(await qaLead.GetPageAsync("/samples/new-officers"))
            .With("Rule.InPostMonths", "6").With("Rule.LastGradesAtBar", ""));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await qaLead.GetPageAsync("/samples/new-officers");
        var tables = page.QuerySelectorAll("table");
        var rows = tables[0].QuerySelectorAll("tbody tr").ToDictionary(r => r.QuerySelector("th")!.TextContent.Trim(), r => r.TextContent);
        Assert.Contains("Yes", rows["Priya Shah"], StringComparison.Ordinal);
        Assert.Contains("4 months of 6", rows["Priya Shah"], StringComparison.Ordinal);
        Assert.Contains("No", rows["Sam Carter"], StringComparison.Ordinal);
        Assert.Contains("the rule ends at 6", rows["Sam Carter"], StringComparison.Ordinal);
        Assert.Contains("Alex Morgan", tables[tables.Length - 1].TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0", "", "months in post")]
    [InlineData("six", "", "months in post")]
    [InlineData("", "21", "last grades")]
    public async Task NumbersOutOfRange_AreRefused_AndWhatWasTypedKept(string months, string grades, string named)
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var count = await app.WithDatabaseAsync(db => db.NewOfficerRuleChanges.CountAsync());

        var refused = await SignedInClient.ParseAsync(await qaLead.PostAsync("/samples/new-officers", FormFields.Of(await qaLead.GetPageAsync("/samples/new-officers"))
            .With("Rule.InPostMonths", months).With("Rule.LastGradesAtBar", grades)));

        Assert.Contains(named, refused.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(months, refused.QuerySelector("input[name='Rule.InPostMonths']")!.GetAttribute("value") ?? string.Empty);
        Assert.Equal(count, await app.WithDatabaseAsync(db => db.NewOfficerRuleChanges.CountAsync()));
    }

    [Fact]
    public async Task ARuleSetFromAPageReadBeforeAnother_IsRefused()
    {
        var first = await app.SignInAsync(DemoUsers.QaLead);
        var second = await app.SignInAsync(DemoUsers.QaLead);
        var firstForm = await first.GetPageAsync("/samples/new-officers");
        var secondForm = await second.GetPageAsync("/samples/new-officers");
        await first.PostAsync("/samples/new-officers", FormFields.Of(firstForm).With("Rule.LastGradesAtBar", "3"));

        var refused = await SignedInClient.ParseAsync(await second.PostAsync("/samples/new-officers", FormFields.Of(secondForm).With("Rule.LastGradesAtBar", "5")));

        Assert.Contains("Someone else changed the new-officer rule", refused.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DemoUsers.LocalityManager)]
    [InlineData(DemoUsers.Caseworker)]
    [InlineData(DemoUsers.BoardMember)]
    public async Task OnlyAQaLead_SeesOrSetsTheRule(string email)
    {
        var someone = await app.SignInAsync(email);

        Assert.Equal(HttpStatusCode.Forbidden, (await someone.GetAsync("/samples/new-officers")).StatusCode);
    }
}
