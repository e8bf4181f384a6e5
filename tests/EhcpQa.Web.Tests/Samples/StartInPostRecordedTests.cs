using System.Net;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Samples;

/// <summary>An administrator records the day a caseworker started in post on their account; the new-officer rule counts from it.</summary>
public sealed class StartInPostRecordedTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task AStartDateRecordedByTheAdministrator_IsWhatTheRuleCountsFrom()
    {
        var admin = await app.SignInAsync(DemoUsers.Administrator);
        var id = await app.WithDatabaseAsync(db => db.Users.Where(u => u.Email == DemoUsers.Caseworker).Select(u => u.Id).SingleAsync());
        var form = await admin.GetPageAsync($"/admin/users/{id}/edit");

        var refused = await SignedInClient.ParseAsync(await admin.PostAsync($"/admin/users/{id}/edit", FormFields.Of(form)
            .With("Form.InPostSince.Day", "31").With("Form.InPostSince.Month", "2").With("Form.InPostSince.Year", "2026")));
        Assert.Contains("date they started in post", refused.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.OrdinalIgnoreCase);

        var saved = await admin.PostAsync($"/admin/users/{id}/edit", FormFields.Of(form)
            .With("Form.InPostSince.Day", "1").With("Form.InPostSince.Month", "10").With("Form.InPostSince.Year", "2026"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(new DateOnly(2026, 10, 1), await app.WithDatabaseAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.InPostSince).SingleAsync()));

        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        await qaLead.PostAsync("/samples/new-officers", FormFields.Of(await qaLead.GetPageAsync("/samples/new-officers")).With("Rule.InPostMonths", "3"));
        var row = (await qaLead.GetPageAsync("/samples/new-officers")).QuerySelectorAll("tbody tr").First(r => r.TextContent.Contains("Sam Carter", StringComparison.Ordinal));
        Assert.Contains("In post since 1 October 2026: 1 month of 3", row.TextContent, StringComparison.Ordinal);
    }
}
