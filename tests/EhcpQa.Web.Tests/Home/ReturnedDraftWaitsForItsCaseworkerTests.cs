using EhcpQa.Domain;
using static EhcpQa.Web.Tests.Home.WorkLists;

namespace EhcpQa.Web.Tests.Home;

/// <summary>A draft returned to its caseworker waits for them on their home page, and only for them, until they send a new version.</summary>
public sealed class ReturnedDraftWaitsForItsCaseworkerTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task AReturnedDraft_IsListedForItsCaseworkerToRevise_UntilANewVersionIsSent()
    {
        var today = ServiceCalendar.DateOf(app.Clock.Now);
        var planId = await app.Plans.DraftAsync("EHC-HOME-RETURNED", requestedOn: today.AddDays(-150));
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);
        var manager = await app.SignInAsync(DemoUsers.LocalityManager);
        await SignOffJourney.SubmitDraftAsync(caseworker, planId);

        var whileWithSignOff = await HomeAsync(caseworker);
        Assert.DoesNotContain("EHC-HOME-RETURNED", Titles(whileWithSignOff, "returned"));
        Assert.DoesNotContain("EHC-HOME-RETURNED", Titles(whileWithSignOff, "to-write"));

        await SignOffJourney.GradeAndSubmitAsync(manager, planId, sectionGrade: 2, overallGrade: 2);
        await SignOffJourney.DecideAsync(manager, planId, "Return", "Quantify the provision in section F.");

        var returned = Assert.Single(Items(await HomeAsync(caseworker), "returned"), i => i.Title == "EHC-HOME-RETURNED");
        Assert.Equal($"/plans/{planId}", returned.Href);
        Assert.Equal("10 days overdue", returned.Status);
        var other = await app.SignInAsync(DemoUsers.OtherCaseworker);
        Assert.DoesNotContain("EHC-HOME-RETURNED", Titles(await HomeAsync(other), "returned"));

        await SignOffJourney.SubmitDraftAsync(caseworker, planId, "Second version");

        Assert.DoesNotContain("EHC-HOME-RETURNED", Titles(await HomeAsync(caseworker), "returned"));
    }
}
