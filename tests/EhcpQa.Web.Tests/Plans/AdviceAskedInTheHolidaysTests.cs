using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using EhcpQa.Domain.Advice;
using EhcpQa.Domain.Plans;

namespace EhcpQa.Web.Tests.Plans;

/// <summary>
/// Advice for an assessment asked of the education setting in the weeks before a school closure recorded by the QA lead
/// is pointed out where the exception to the 20-week timescale is recorded, with the exception for a school closed for
/// the holidays chosen; other advice asked on the same day is not.
/// </summary>
public sealed class AdviceAskedInTheHolidaysTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    private Task<int> PlanWithAdviceAsync(string reference, AdviceService service, DateOnly requestedOn) => app.WithDatabaseAsync(async db =>
    {
        var planId = await app.Plans.DraftAsync(reference, requestedOn: new DateOnly(2026, 7, 1));
        var caseworkerId = db.Plans.Single(p => p.Id == planId).CaseworkerId;
        db.AdviceRequests.Add(AdviceRequest.Request(planId, AdviceOccasion.NewAssessment, service, null, null, requestedOn, null,
            AdvicePolicy.StatutoryWeeks, new DateOnly(2026, 11, 23), caseworkerId, app.Clock.GetUtcNow()));
        await db.SaveChangesAsync();
        return planId;
    });

    [Fact]
    public async Task AdviceAskedOfTheSchool_AWeekBeforeTheSummerHolidays_SuggestsTheException()
    {
        var planId = await PlanWithAdviceAsync("EHC-HOLIDAY-1", AdviceService.EducationSetting, new DateOnly(2026, 7, 20));
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);

        var page = await caseworker.GetPageAsync($"/plans/{planId}/twenty-week-exception");

        var note = page.QuerySelector("#advice-in-school-closure")!.TextContent;
        Assert.Contains("20 July 2026", note, StringComparison.Ordinal);
        Assert.Contains("Summer holidays 2026", note, StringComparison.Ordinal);
        var chosen = page.QuerySelector<IHtmlInputElement>("input[name='Reason']:checked")!;
        Assert.Equal(nameof(TwentyWeekExceptionReason.SchoolOrCollegeClosed), chosen.Value);
    }

    [Fact]
    public async Task AdviceAskedOfAnotherServiceThatDay_SuggestsNothing()
    {
        var planId = await PlanWithAdviceAsync("EHC-HOLIDAY-2", AdviceService.EducationalPsychology, new DateOnly(2026, 7, 20));
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);

        var page = await caseworker.GetPageAsync($"/plans/{planId}/twenty-week-exception");

        Assert.Null(page.QuerySelector("#advice-in-school-closure"));
        Assert.Null(page.QuerySelector("input[name='Reason']:checked"));
    }

    [Fact]
    public async Task AdviceAskedOfTheSchool_AfterTheWindowCloses_SuggestsNothing()
    {
        var planId = await PlanWithAdviceAsync("EHC-HOLIDAY-3", AdviceService.EducationSetting, new DateOnly(2026, 8, 28));
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);

        var page = await caseworker.GetPageAsync($"/plans/{planId}/twenty-week-exception");

        Assert.Null(page.QuerySelector("#advice-in-school-closure"));
    }
}
