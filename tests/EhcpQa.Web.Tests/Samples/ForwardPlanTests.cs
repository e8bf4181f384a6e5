using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Sampling;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Samples;

/// <summary>
/// The forward plan of themed audits: a QA lead plans a theme for next term (for a schedule to draw, or by hand), changes
/// or cancels it, and sees the plan by window and the next audits on the samples page.
/// </summary>
public sealed class ForwardPlanTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task AuditPlannedForNextTerm_IsListedByWindow_AndOnTheSamplesPage()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var form = await qaLead.GetPageAsync("/samples/forward-plan/new");
        Assert.Equal("1", form.QuerySelector<IHtmlInputElement>("input[name='Form.WindowFrom.Day']")!.Value);
        Assert.Equal("2027", form.QuerySelector<IHtmlInputElement>("input[name='Form.WindowFrom.Year']")!.Value);

        var response = await qaLead.PostAsync("/samples/forward-plan/new", FormFields.Of(form.QuerySelector("main form")!)
            .With("Form.ThemeTitle", "Looked-after children").With("Form.Cohort", "ChildInCare").With("Form.Notes", "With the virtual school"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var audit = await app.WithDatabaseAsync(db => db.PlannedAudits.AsNoTracking().SingleAsync(a => a.ThemeTitle == "Looked-after children"));
        Assert.Equal((SampleWindowKind.Term, new DateOnly(2027, 1, 1), VulnerableCohorts.ChildInCare), (audit.WindowKind, audit.PeriodStart, audit.Theme.Cohort!.Value));
        var plan = await qaLead.GetPageAsync("/samples/forward-plan");
        Assert.Contains(plan.QuerySelectorAll("h2"), h => h.TextContent.Trim() == "Spring term 2027");
        Assert.Contains("With the virtual school", plan.GetElementById($"audit-{audit.Id}")!.TextContent, StringComparison.Ordinal);
        var samples = await qaLead.GetPageAsync("/samples");
        Assert.Contains("Looked-after children: spring term 2027", samples.GetElementById("next-planned")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadAudit_ShowsEachError_AndKeepsWhatWasTyped()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var form = await qaLead.GetPageAsync("/samples/forward-plan/new");

        var response = await qaLead.PostAsync("/samples/forward-plan/new", FormFields.Of(form.QuerySelector("main form")!)
            .With("Form.ThemeTitle", new string('t', 61)).With("Form.WindowFrom.Month", "13").With("Form.SampleScheduleId", "999999"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SignedInClient.ParseAsync(response);
        var summary = page.QuerySelector(".govuk-error-summary")!.TextContent;
        Assert.Contains("The theme must be 60 characters or fewer", summary, StringComparison.Ordinal);
        Assert.Contains("Select a schedule from the list", summary, StringComparison.Ordinal);
        Assert.Equal("13", page.QuerySelector<IHtmlInputElement>("input[name='Form.WindowFrom.Month']")!.Value);
        Assert.Equal(new string('t', 61), page.QuerySelector<IHtmlInputElement>("input[name='Form.ThemeTitle']")!.Value);
        Assert.False(await app.WithDatabaseAsync(db => db.PlannedAudits.AnyAsync(a => a.ThemeTitle.StartsWith("ttt"))));
    }

    [Fact]
    public async Task WindowTheScheduleDoesNotDraw_IsRefusedBesideTheSchedule()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var scheduleId = await app.WithDatabaseAsync(async db =>
        {
            var schedule = SampleSchedule.Make("Quarterly", SampleWindowKind.Quarter, new DateOnly(2027, 1, 1), new SampleTheme(), new SampleRules(SampleSize.Of(5)), "someone", app.Clock.Now);
            db.SampleSchedules.Add(schedule);
            await db.SaveChangesAsync();
            return schedule.Id;
        });
        var form = await qaLead.GetPageAsync("/samples/forward-plan/new");

        var response = await qaLead.PostAsync("/samples/forward-plan/new", FormFields.Of(form.QuerySelector("main form")!)
            .With("Form.ThemeTitle", "Wrong window").With("Form.Window", "Month").With("Form.SampleScheduleId", scheduleId.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var page = await SignedInClient.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector(".govuk-error-summary a[href='#Form_SampleScheduleId']"));
    }

    [Fact]
    public async Task PlannedAudit_IsChanged_ThenCancelled_AndStaysListedAsCancelled()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var form = await qaLead.GetPageAsync("/samples/forward-plan/new");
        await qaLead.PostAsync("/samples/forward-plan/new", FormFields.Of(form.QuerySelector("main form")!).With("Form.ThemeTitle", "Early years"));
        var id = await app.WithDatabaseAsync(db => db.PlannedAudits.Where(a => a.ThemeTitle == "Early years").Select(a => a.Id).SingleAsync());

        var edit = await qaLead.GetPageAsync($"/samples/forward-plan/{id}/edit");
        var stale = FormFields.Of(edit.QuerySelector("main form")!);
        var changed = await qaLead.PostAsync($"/samples/forward-plan/{id}/edit", stale.With("Form.ThemeTitle", "Early years settings").With("Form.Phase", "EarlyYears"));
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var refused = await qaLead.PostAsync($"/samples/forward-plan/{id}/edit", stale.With("Form.ThemeTitle", "Overwritten"));
        Assert.Contains("Someone else changed this audit", (await SignedInClient.ParseAsync(refused)).QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);

        var cancel = FormFields.Of((await qaLead.GetPageAsync($"/samples/forward-plan/{id}/edit")).QuerySelectorAll("main form")[1]);
        Assert.Equal(HttpStatusCode.Redirect, (await qaLead.PostAsync($"/samples/forward-plan/{id}/cancel", cancel)).StatusCode);

        var audit = await app.WithDatabaseAsync(db => db.PlannedAudits.AsNoTracking().SingleAsync(a => a.Id == id));
        Assert.Equal(("Early years settings", Phase.EarlyYears, PlannedAuditStatus.Cancelled), (audit.ThemeTitle, audit.Theme.Phase!.Value, audit.Status));
        var row = (await qaLead.GetPageAsync("/samples/forward-plan")).GetElementById($"audit-{id}")!;
        Assert.Contains("Cancelled", row.TextContent, StringComparison.Ordinal);
        Assert.Null(row.QuerySelector("a[href$='/edit']"));
    }
}
