using System.Net;
using EhcpQa.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.SignOff;

/// <summary>
/// A QA lead sets the authority's sign-off policy on a page, recorded with who and when; drafts graded from
/// then on follow it: below Good, no second grader, and the plan issued at that grade.
/// </summary>
public sealed class SignOffPolicyTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    private readonly SignOffJourney _journey = new(app);

    [Fact]
    public async Task APolicyWithoutASecondGraderOrTheBar_LetsADraftGradedBelowGoodBeIssued_AndIsKeptWithWhoSetIt()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var form = await qaLead.GetPageAsync("/sign-off/policy");
        Assert.NotNull(form.QuerySelector("input[name='Policy.IssueOnlyAtPassBar'][value='true'][checked]"));

        var saved = await qaLead.PostAsync("/sign-off/policy", FormFields.Of(form)
            .With("Policy.IssueOnlyAtPassBar", "false")
            .With("Policy.SecondOpinionBelowBar", "false"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Alex Morgan", (await qaLead.GetPageAsync("/sign-off/policy")).QuerySelector("tbody tr")!.TextContent, StringComparison.Ordinal);

        var planId = await app.Plans.DraftAsync("EHC-POLICY-1");
        await SignOffJourney.SubmitDraftAsync(await app.SignInAsync(DemoUsers.Caseworker), planId);
        var manager = await app.SignInAsync(DemoUsers.LocalityManager);
        await SignOffJourney.GradeAndSubmitAsync(manager, planId, sectionGrade: 3, overallGrade: 3);
        Assert.Equal(DraftStatus.ReadyForDecision, (await _journey.CurrentVersionAsync(planId)).Status);

        var decided = await SignOffJourney.DecideAsync(manager, planId, "SignOff");

        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        Assert.Equal(PlanStage.Final, (await _journey.PlanAsync(planId)).Stage);
    }

    [Fact]
    public async Task APolicySetFromAPageReadBeforeAnother_IsRefused_AndTheOtherIsKept()
    {
        var first = await app.SignInAsync(DemoUsers.QaLead);
        var second = await app.SignInAsync(DemoUsers.QaLead);
        var firstForm = await first.GetPageAsync("/sign-off/policy");
        var secondForm = await second.GetPageAsync("/sign-off/policy");
        await first.PostAsync("/sign-off/policy", FormFields.Of(firstForm).With("Policy.SecondOpinionBelowBar", "true").With("Policy.IssueOnlyAtPassBar", "true"));
        var count = await app.WithDatabaseAsync(db => db.SignOffPolicyChanges.CountAsync());

        var refused = await SignedInClient.ParseAsync(await second.PostAsync("/sign-off/policy", FormFields.Of(secondForm).With("Policy.IssueOnlyAtPassBar", "false")));

        Assert.Contains("Someone else changed the sign-off policy", refused.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(count, await app.WithDatabaseAsync(db => db.SignOffPolicyChanges.CountAsync()));
    }

    [Fact]
    public async Task OnlyAQaLead_SetsThePolicy()
    {
        var manager = await app.SignInAsync(DemoUsers.LocalityManager);

        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync("/sign-off/policy")).StatusCode);
        Assert.Null((await manager.GetPageAsync("/sign-off")).QuerySelector("a[href='/sign-off/policy']"));
    }
}
