using System.Net;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Surveys;

/// <summary>
/// A link reaches only its own survey: another family's link answers theirs alone; an altered or unknown link, an expired
/// one and one already used each get a page saying so (not the error page), and nothing is stored.
/// </summary>
public sealed class SurveyLinkReachesOnlyItsOwnSurveyTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task AnotherFamilysLink_AnswersTheirSurveyAlone()
    {
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);
        var mine = await SurveyLinksMade.IssuedPlanAsync(app, "SRV-OWN-1");
        var theirs = await SurveyLinksMade.IssuedPlanAsync(app, "SRV-OWN-2");
        await SurveyLinksMade.LinkAsync(caseworker, mine);
        var theirPath = await SurveyLinksMade.LinkAsync(caseworker, theirs);

        await SurveyLinksMade.AnswerAsync(SurveyLinksMade.Family(app), theirPath, ("plan.clear", "2"));

        var answered = await app.WithDatabaseAsync(db => db.SurveyInvitations.AsNoTracking().Where(i => i.AnsweredAt != null && (i.PlanId == mine || i.PlanId == theirs)).Select(i => i.PlanId).ToListAsync());
        Assert.Equal([theirs], answered);
    }

    [Theory]
    [InlineData("tampered")]
    [InlineData("unknown")]
    public async Task AnAlteredOrUnknownLink_IsNotRecognised_WithAPageSayingSo(string how)
    {
        var planId = await SurveyLinksMade.IssuedPlanAsync(app, $"SRV-OWN-{how}");
        var path = await SurveyLinksMade.LinkAsync(await app.SignInAsync(DemoUsers.Caseworker), planId);
        var altered = how == "tampered" ? path[..^1] + (path[^1] == 'A' ? 'B' : 'A') : "/survey/" + new string('z', 43);
        var family = SurveyLinksMade.Family(app);

        var response = await family.GetAsync(altered);
        var posted = await family.PostAsync(altered, [new("Survey.Answers[plan.clear]", "5")]);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("This survey link is not recognised", (await SignedInClient.ParseAsync(response)).QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, posted.StatusCode);
        Assert.False(await app.WithDatabaseAsync(db => db.SurveyInvitations.AnyAsync(i => i.PlanId == planId && i.AnsweredAt != null)));
    }

    [Fact]
    public async Task AnExpiredLink_SaysItHasExpired_AndStoresNothing()
    {
        var planId = await SurveyLinksMade.IssuedPlanAsync(app, "SRV-OWN-3");
        var path = await SurveyLinksMade.LinkAsync(await app.SignInAsync(DemoUsers.Caseworker), planId);
        var family = SurveyLinksMade.Family(app);
        var page = await family.GetPageAsync(path);
        var started = app.Clock.Now;
        try
        {
            app.Clock.Now = started.AddDays(28);

            var response = await family.PostAsync(path, FormFields.Of(page.QuerySelector("main form")!).With("Survey.Answers[plan.clear]", "5"));

            Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
            Assert.Contains("This survey link has expired", (await SignedInClient.ParseAsync(response)).QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
            Assert.False(await app.WithDatabaseAsync(db => db.SurveyInvitations.AnyAsync(i => i.PlanId == planId && i.AnsweredAt != null)));
        }
        finally
        {
            app.Clock.Now = started;
        }
    }

    [Fact]
    public async Task ALinkUsedTwice_SaysItWasAnswered_AndTheFirstAnswersStand()
    {
        var planId = await SurveyLinksMade.IssuedPlanAsync(app, "SRV-OWN-4");
        var path = await SurveyLinksMade.LinkAsync(await app.SignInAsync(DemoUsers.Caseworker), planId);
        var family = SurveyLinksMade.Family(app);
        var page = await family.GetPageAsync(path);
        var fields = FormFields.Of(page.QuerySelector("main form")!);
        await family.PostAsync(path, fields.With("Survey.Answers[plan.clear]", "5"));

        var again = await family.PostAsync(path, fields.With("Survey.Answers[plan.clear]", "1"));

        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
        Assert.Contains("already been answered", (await SignedInClient.ParseAsync(again)).QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, (await family.GetAsync(path)).StatusCode);
        var answers = await app.WithDatabaseAsync(db => db.SurveyInvitations.AsNoTracking().Where(i => i.PlanId == planId).SelectMany(i => i.Answers).ToListAsync());
        Assert.Equal("5", Assert.Single(answers).Value);
    }
}
