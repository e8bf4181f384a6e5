using System.Net;
using EhcpQa.Domain.DraftChecks;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.DraftChecks;

/// <summary>
/// The QA lead keeps the word lists the draft checks read by on a page: words added with their reason are flagged
/// in the next draft checked, words taken off are no longer flagged, a mistake is named in the error summary with
/// everything typed kept, and every change records who made it and when. Only QA leads may change the lists.
/// </summary>
public sealed class WordListsKeptByTheQaLeadTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    private const string VagueTerms = "/draft-checks/words/provision.vagueTerms";

    [Fact]
    public async Task WordsTheQaLeadAdds_AreFlaggedWithTheirReason_InTheNextDraftChecked()
    {
        const string provision = "A teaching assistant will give 20 minutes of reading support daily, subject to review.";
        var planId = await app.Plans.DraftAsync("EHC-WRD-1");
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);
        Assert.DoesNotContain("subject to review", await WarningsAsync(caseworker, planId, provision), StringComparison.Ordinal);

        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var added = await qaLead.PostFormAsync($"{VagueTerms}/add",
            [new("Add.Words", "  subject   to review "), new("Add.Reason", "lets the provider withdraw it without a review of the plan")], VagueTerms);

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var warnings = await WarningsAsync(caseworker, planId, provision);
        Assert.Contains("\"subject to review\" lets the provider withdraw it without a review of the plan", warnings, StringComparison.Ordinal);
        var change = await app.WithDatabaseAsync(db => db.WordingChanges.SingleAsync(c => c.Words == "subject to review"));
        var qaLeadId = await app.WithDatabaseAsync(db => db.Users.Where(u => u.Email == DemoUsers.QaLead).Select(u => u.Id).SingleAsync());
        Assert.Equal((WordingChangeKind.Added, qaLeadId, app.Clock.GetUtcNow()), (change.Kind, change.MadeBy, change.MadeAt));
        var list = await qaLead.GetPageAsync(VagueTerms);
        Assert.Contains("subject to review", list.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WordsTakenOff_AreNoLongerFlagged()
    {
        const string provision = "A teaching assistant will give 20 minutes of regular reading support daily.";
        var planId = await app.Plans.DraftAsync("EHC-WRD-2");
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);
        Assert.Contains("\"regular\"", await WarningsAsync(caseworker, planId, provision), StringComparison.Ordinal);

        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var taken = await qaLead.PostFormAsync($"{VagueTerms}/remove", [new("words", "Regular")], VagueTerms);

        Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);
        Assert.DoesNotContain("\"regular\"", await WarningsAsync(caseworker, planId, provision), StringComparison.Ordinal);
        var again = await qaLead.PostFormAsync($"{VagueTerms}/remove", [new("words", "regular")], VagueTerms);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var page = await qaLead.GetPageAsync(VagueTerms);
        Assert.Contains("is not on this list now", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDatabaseAsync(db => db.WordingChanges.CountAsync(c => c.Kind == WordingChangeKind.Removed && c.Words == "regular")));
    }

    [Fact]
    public async Task AVagueTermWithoutItsReason_IsNamedInTheErrorSummary_AndTheWordsTypedAreKept()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);

        var refused = await qaLead.PostFormAsync($"{VagueTerms}/add", [new("Add.Words", "in due course"), new("Add.Reason", " ")], VagueTerms);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await SignedInClient.ParseAsync(refused);
        Assert.Contains("Enter why these words make provision vague", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("in due course", page.QuerySelector("input[name='Add.Words']")!.GetAttribute("value"));
        var duplicate = await SignedInClient.ParseAsync(await qaLead.PostFormAsync($"{VagueTerms}/add", [new("Add.Words", "AS NEEDED"), new("Add.Reason", "again")], VagueTerms));
        Assert.Contains("\"AS NEEDED\" is already on the list", duplicate.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDatabaseAsync(db => db.WordingChanges.CountAsync(c => c.Words == "in due course" || c.Words == "AS NEEDED")));
    }

    [Fact]
    public async Task EveryListIsShown_AndAListThatDoesNotExistIsNotFound()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);

        var index = await qaLead.GetPageAsync("/draft-checks/words");

        var links = index.QuerySelectorAll("main table a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(DraftCheckWording.AsShipped.Lists.Select(l => $"/draft-checks/words/{l.Key}"), links);
        Assert.Equal(HttpStatusCode.NotFound, (await qaLead.GetAsync("/draft-checks/words/provision.noSuchList")).StatusCode);
    }

    [Theory]
    [InlineData(DemoUsers.Caseworker)]
    [InlineData(DemoUsers.LocalityManager)]
    public async Task OnlyQaLeads_MayChangeTheLists(string who)
    {
        var someone = await app.SignInAsync(who);

        Assert.Equal(HttpStatusCode.Forbidden, (await someone.GetAsync(VagueTerms)).StatusCode);
        var posted = await someone.PostAsync($"{VagueTerms}/add", [new("Add.Words", "by arrangement"), new("Add.Reason", "no amount")]);
        Assert.NotEqual(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal(0, await app.WithDatabaseAsync(db => db.WordingChanges.CountAsync(c => c.Words == "by arrangement")));
    }

    private static async Task<string> WarningsAsync(SignedInClient caseworker, int planId, string sectionF)
    {
        var fields = SignOffJourney.DraftText();
        foreach (var code in new[] { "C", "D", "G", "H1", "H2" })
        {
            fields[$"Form.{code}"] = "No needs or provision were identified.";
        }

        fields["Form.F"] = sectionF;
        var page = await SignedInClient.ParseAsync(await caseworker.PostFormAsync($"/plans/{planId}/draft", fields.Append(new("check", "true"))));
        return string.Join("\n", page.QuerySelectorAll("[data-draft-warnings]").Select(w => w.TextContent));
    }
}
