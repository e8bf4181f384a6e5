using EhcpQa.Domain;
using static EhcpQa.Web.Tests.Home.WorkLists;

namespace EhcpQa.Web.Tests.Home;

/// <summary>A draft sent for sign-off waits for the managers of its locality, the soonest deadline first, and for no one else.</summary>
public sealed class DraftsWaitForTheirLocalitysManagersTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task ASentDraft_WaitsForItsLocalitysManager_NotAnotherLocalitysNorTheQaLead()
    {
        var today = ServiceCalendar.DateOf(app.Clock.Now);
        var planId = await app.Plans.DraftAsync("EHC-GRADE-NORTH", requestedOn: today.AddDays(-220));
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);
        await SignOffJourney.SubmitDraftAsync(caseworker, planId);

        var manager = await app.SignInAsync(DemoUsers.LocalityManager);
        var first = Items(await HomeAsync(manager), "to-grade")[0];
        Assert.Equal(("EHC-GRADE-NORTH", $"/sign-off/{planId}", "80 days overdue"), (first.Title, first.Href, first.Status));

        var otherManager = await app.SignInAsync(DemoUsers.OtherLocalityManager);
        Assert.DoesNotContain("EHC-GRADE-NORTH", Titles(await HomeAsync(otherManager), "to-grade"));
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        Assert.DoesNotContain("EHC-GRADE-NORTH", Titles(await HomeAsync(qaLead), "to-grade"));
    }

    [Fact]
    public async Task DraftsToGrade_AreListedSoonestDeadlineFirst_NotInTheOrderSent()
    {
        var today = ServiceCalendar.DateOf(app.Clock.Now);
        var later = await app.Plans.DraftAsync("EHC-GRADE-LATER", requestedOn: today.AddDays(-180));
        var sooner = await app.Plans.DraftAsync("EHC-GRADE-SOONER", requestedOn: today.AddDays(-200));
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);
        await SignOffJourney.SubmitDraftAsync(caseworker, later);
        await SignOffJourney.SubmitDraftAsync(caseworker, sooner);

        var manager = await app.SignInAsync(DemoUsers.LocalityManager);
        var titles = Titles(await HomeAsync(manager), "to-grade").ToList();

        var (soonerAt, laterAt) = (titles.IndexOf("EHC-GRADE-SOONER"), titles.IndexOf("EHC-GRADE-LATER"));
        Assert.True(soonerAt >= 0 && soonerAt < laterAt, string.Join(", ", titles));
    }
}
