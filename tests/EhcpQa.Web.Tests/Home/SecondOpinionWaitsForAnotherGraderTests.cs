using EhcpQa.Domain;
using static EhcpQa.Web.Tests.Home.WorkLists;

namespace EhcpQa.Web.Tests.Home;

/// <summary>
/// A draft graded below the bar waits for a second opinion from anyone who may grade it except its first grader;
/// then the agreed grade waits for the two graders, and the decision for the locality's manager and the graders.
/// </summary>
public sealed class SecondOpinionWaitsForAnotherGraderTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task ADraftGradedBelowTheBar_IsOfferedForASecondOpinion_ToTheQaLead_NotToItsFirstGrader()
    {
        var planId = await GradedBelowTheBarAsync("EHC-SECOND-OPINION");

        var manager = await app.SignInAsync(DemoUsers.LocalityManager);
        var managersHome = await HomeAsync(manager);
        Assert.DoesNotContain("EHC-SECOND-OPINION", Titles(managersHome, "second-opinions"));
        Assert.DoesNotContain("EHC-SECOND-OPINION", Titles(managersHome, "to-grade"));

        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var offered = Assert.Single(Items(await HomeAsync(qaLead), "second-opinions"), i => i.Title == "EHC-SECOND-OPINION");
        Assert.Equal($"/sign-off/{planId}", offered.Href);

        var otherManager = await app.SignInAsync(DemoUsers.OtherLocalityManager);
        Assert.DoesNotContain("EHC-SECOND-OPINION", Titles(await HomeAsync(otherManager), "second-opinions"));
    }

    [Fact]
    public async Task TheAgreedGrade_WaitsForBothGraders_ThenTheDecisionForTheManager()
    {
        var planId = await GradedBelowTheBarAsync("EHC-AGREEMENT");
        var manager = await app.SignInAsync(DemoUsers.LocalityManager);
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        await SignOffJourney.GradeAndSubmitAsync(qaLead, planId, sectionGrade: 3, overallGrade: 3);

        Assert.Contains("EHC-AGREEMENT", Titles(await HomeAsync(manager), "agreed-grades"));
        Assert.Contains("EHC-AGREEMENT", Titles(await HomeAsync(qaLead), "agreed-grades"));
        Assert.DoesNotContain("EHC-AGREEMENT", Titles(await HomeAsync(qaLead), "second-opinions"));

        await SignOffJourney.GradeAndSubmitAsync(manager, planId, sectionGrade: 3, overallGrade: 3);

        var managersHome = await HomeAsync(manager);
        Assert.DoesNotContain("EHC-AGREEMENT", Titles(managersHome, "agreed-grades"));
        Assert.Contains("EHC-AGREEMENT", Titles(managersHome, "decisions"));
        Assert.Contains("EHC-AGREEMENT", Titles(await HomeAsync(qaLead), "decisions"));

        await SignOffJourney.DecideAsync(manager, planId, "Return", "Agreed below Good: see the feedback.");

        Assert.DoesNotContain("EHC-AGREEMENT", Titles(await HomeAsync(manager), "decisions"));
    }

    /// <summary>A North draft, overdue so it leads every list, sent and graded Requires improvement by the North manager.</summary>
    private async Task<int> GradedBelowTheBarAsync(string reference)
    {
        var planId = await app.Plans.DraftAsync(reference, requestedOn: ServiceCalendar.DateOf(app.Clock.Now).AddDays(-200));
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);
        await SignOffJourney.SubmitDraftAsync(caseworker, planId);
        var manager = await app.SignInAsync(DemoUsers.LocalityManager);
        await SignOffJourney.GradeAndSubmitAsync(manager, planId, sectionGrade: 3, overallGrade: 3);
        return planId;
    }
}
