using System.Net;
using EhcpQa.Domain.Plans;
using EhcpQa.Web.Features.Retention;
using EhcpQa.Web.Persistence.Audit;
using EhcpQa.Web.Persistence.Retention;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EhcpQa.Web.Tests.Retention;

/// <summary>
/// Whoever may change a plan's record records that it ceased, on its page; once the child would be 31 the retention
/// job removes the plan with every record about it (its text, uploaded document, gradings, history, sample and panel
/// places) and says so in the security log, while plans still maintained, and ceased plans of younger children, stay.
/// </summary>
public sealed class PlansPastTheirRetentionTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task RecordingThatAPlanCeased_OnItsPage_RefusesADateToCome_KeepingWhatWasTyped_ThenKeepsTheDate()
    {
        var planId = await app.WithDatabaseAsync(db => db.Plans
            .Where(p => p.Stage != PlanStage.Draft && p.CeasedOn == null && p.CaseworkerId == db.Users.Single(u => u.Email == DemoUsers.Caseworker).Id)
            .Select(p => p.Id).FirstAsync());
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);
        var details = await caseworker.GetPageAsync($"/plans/{planId}");
        Assert.NotNull(details.QuerySelector($"a[href='/plans/{planId}/ceased']"));

        var today = Domain.ServiceCalendar.DateOf(app.Clock.Now);
        var tomorrow = today.AddDays(1);
        var refused = await caseworker.PostAsync($"/plans/{planId}/ceased", FormFields.Of(await caseworker.GetPageAsync($"/plans/{planId}/ceased"))
            .With("CeasedOn.Day", tomorrow.Day.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .With("CeasedOn.Month", tomorrow.Month.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .With("CeasedOn.Year", tomorrow.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await SignedInClient.ParseAsync(refused);
        Assert.Contains("The date the plan ceased must be today or in the past", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(tomorrow.Day.ToString(System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector("input[name='CeasedOn.Day']")!.GetAttribute("value"));

        var recorded = await caseworker.PostAsync($"/plans/{planId}/ceased", FormFields.Of(page)
            .With("CeasedOn.Day", today.Day.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        Assert.Equal(today, await app.WithDatabaseAsync(db => db.Plans.Where(p => p.Id == planId).Select(p => p.CeasedOn).SingleAsync()));
        var after = await caseworker.GetPageAsync($"/plans/{planId}");
        Assert.Contains($"ceased on {today:d MMMM yyyy}", after.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(after.QuerySelector($"a[href='/plans/{planId}/ceased']"));
    }

    [Fact]
    public async Task ACeasedPlanOnceTheChildWouldBe31_IsRemovedWithEveryRecordAboutIt_AndOtherPlansStay()
    {
        var start = app.Clock.Now;
        try
        {
            // A plan moderated by a panel (sample place, panel place, gradings, assured grades, history), and one
            // signed off in the service from an uploaded document.
            var setup = await ModerationJourney.SessionAsync(app);
            var moderated = setup.PlanIds[0];
            await ModerationJourney.ModerateAsync(await app.SignInAsync(DemoUsers.PanelMember), setup, moderated, 2, 2);
            var sessionId = setup.SessionId;
            var sampleId = await app.WithDatabaseAsync(db => db.PanelSessions.Where(s => s.Id == sessionId).Select(s => s.DipSampleId).SingleAsync());
            var withDocument = await SignedOffFromAnUploadAsync("EHC-RET-DOC");
            var documentKey = await app.WithDatabaseAsync(db => db.PlanVersions.Where(v => v.PlanId == withDocument).Select(v => v.Document!.StorageKey).SingleAsync());
            var today = Domain.ServiceCalendar.DateOf(start);
            await CeaseAsync(moderated, today);
            await CeaseAsync(withDocument, today);

            // The day the older child would be 31 (and the other is at least as old: every demo plan's child is).
            var (movedTo, kept) = await app.WithDatabaseAsync(async db =>
            {
                var born = await db.Plans.Where(p => p.Id == moderated || p.Id == withDocument).MaxAsync(p => p.DateOfBirth);
                var younger = await db.Plans.Where(p => p.Stage != PlanStage.Draft && p.CeasedOn == null && p.DateOfBirth > born.AddDays(1)).Select(p => p.Id).FirstAsync();
                var older = await db.Plans.Where(p => p.CeasedOn == null && p.DateOfBirth <= born).Select(p => p.Id).FirstAsync();
                return (PlanRetention.Default.KeptUntil(born), new[] { younger, older });
            });
            await CeaseAsync(kept[0], today);
            app.Clock.Now = new DateTimeOffset(movedTo.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);

            var run = await app.WithScopeAsync(services => services.GetRequiredService<RetentionWork>().RemoveDueAsync(CancellationToken.None));

            // (Other tests of the class may have ceased plans of children as old: those go too.)
            Assert.Contains(moderated, run.Plans);
            Assert.Contains(withDocument, run.Plans);
            Assert.DoesNotContain(run.Plans, kept.Contains);
            foreach (var removed in new[] { moderated, withDocument })
            {
                Assert.Empty(await RowsNamingAsync(removed));
            }

            Assert.False(await app.WithDatabaseAsync(db => db.StoredFiles.AnyAsync(f => f.Key == documentKey)));
            Assert.Equal(2, await app.WithDatabaseAsync(db => db.Plans.CountAsync(p => kept.Contains(p.Id))));
            Assert.NotEmpty(await RowsNamingAsync(kept[1]));
            var logged = await app.WithDatabaseAsync(db => db.SecurityEvents.AsNoTracking()
                .Where(e => e.Kind == SecurityEventKinds.Retention).Select(e => e.Detail).ToListAsync());
            Assert.Contains(logged, d => d != null && d.Contains($"{run.Plans.Count} plans past their retention", StringComparison.Ordinal));
            Assert.Contains($"removed past retention: plans {string.Join(", ", run.Plans)}", logged);

            // What is left still opens: the sample and panel the plan was in, and the dashboard.
            var qaLead = await app.SignInAsync(DemoUsers.QaLead);
            Assert.Equal(HttpStatusCode.OK, (await qaLead.GetAsync($"/samples/{sampleId}")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await qaLead.GetAsync($"/panels/{sessionId}")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await qaLead.GetAsync("/dashboard")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await qaLead.GetAsync($"/plans/{moderated}")).StatusCode);
        }
        finally
        {
            app.Clock.Now = start;
        }
    }

    /// <summary>Every row of every table holding a plan's records that names this plan (table names with counts).</summary>
    private Task<List<string>> RowsNamingAsync(int planId) => app.WithDatabaseAsync(async db =>
    {
        var found = new List<string>();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        foreach (var (table, _, column) in PlanRecords.Tables(db.Model))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM \"{table}\" WHERE \"{column}\" = {planId}";
            var count = Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
            if (count > 0)
            {
                found.Add($"{table}: {count}");
            }
        }

        return found;
    });

    private Task<int> CeaseAsync(int planId, DateOnly on) => app.WithDatabaseAsync(async db =>
    {
        var plan = await db.Plans.SingleAsync(p => p.Id == planId);
        plan.Cease(on, "test", app.Clock.Now);
        return await db.SaveChangesAsync();
    });

    /// <summary>A plan whose draft was uploaded as a document, sent, graded Good and signed off by its locality's manager.</summary>
    private async Task<int> SignedOffFromAnUploadAsync(string reference)
    {
        var planId = await app.Plans.DraftAsync(reference);
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);
        var uploaded = await RemovingWhatIsNoLongerNeededTests.UploadAsync(caseworker, planId);
        Assert.Equal(HttpStatusCode.Redirect, (await caseworker.PostAsync($"/plans/{planId}/draft", FormFields.Of(await SignedInClient.ParseAsync(uploaded)))).StatusCode);
        var manager = await app.SignInAsync(DemoUsers.LocalityManager);
        await SignOffJourney.GradeAndSubmitAsync(manager, planId, sectionGrade: 2, overallGrade: 2);
        Assert.Equal(HttpStatusCode.Redirect, (await SignOffJourney.DecideAsync(manager, planId, "SignOff")).StatusCode);
        return planId;
    }
}
