using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Advice;

/// <summary>
/// A QA lead records the authority's school closures of 4 weeks or more, and removes one recorded wrongly; closures
/// too short, overlapping one recorded, or with dates that are not real are refused with what was typed kept.
/// </summary>
public sealed class RecordingSchoolClosuresTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    private static List<KeyValuePair<string, string>> Closure(IHtmlDocument page, string name, DateOnly closesOn, DateOnly reopensOn) =>
        FormFields.Of(page.QuerySelector("main form")!)
            .With("Form.Name", name)
            .With("Form.ClosesOn.Day", closesOn.Day.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .With("Form.ClosesOn.Month", closesOn.Month.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .With("Form.ClosesOn.Year", closesOn.Year.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .With("Form.ReopensOn.Day", reopensOn.Day.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .With("Form.ReopensOn.Month", reopensOn.Month.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .With("Form.ReopensOn.Year", reopensOn.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public async Task AClosureOfFourWeeksOrMore_IsRecorded_WithItsWindowAndWhoRecordedIt()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var page = await qaLead.GetPageAsync("/advice/school-closures");

        var saved = await qaLead.PostAsync("/advice/school-closures", Closure(page, "Summer holidays 2027", new DateOnly(2027, 7, 21), new DateOnly(2027, 9, 2)));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var closure = await app.WithDatabaseAsync(db => db.SchoolClosures.AsNoTracking().SingleAsync(c => c.Name == "Summer holidays 2027"));
        Assert.Equal((new DateOnly(2027, 7, 21), new DateOnly(2027, 9, 2)), (closure.ClosesOn, closure.ReopensOn));
        var list = (await qaLead.GetPageAsync("/advice/school-closures")).QuerySelector("#school-closures")!.TextContent;
        Assert.Contains("Summer holidays 2027", list, StringComparison.Ordinal);
        Assert.Contains("14 July 2027 to 26 August 2027", list, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2027-02-15", "2027-02-22", "at least 4 weeks")]
    [InlineData("2026-08-01", "2026-09-30", "overlaps Summer holidays 2026")]
    public async Task AClosureBreakingTheRules_IsRefused_WithWhatWasTypedKept(string closesOn, string reopensOn, string message)
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var page = await qaLead.GetPageAsync("/advice/school-closures");

        var refused = await qaLead.PostAsync("/advice/school-closures", Closure(page, "Half term", DateOnly.Parse(closesOn, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(reopensOn, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var shown = await SignedInClient.ParseAsync(refused);
        Assert.Contains(message, shown.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Half term", shown.QuerySelector<IHtmlInputElement>("input[name='Form.Name']")!.Value);
        Assert.False(await app.WithDatabaseAsync(db => db.SchoolClosures.AnyAsync(c => c.Name == "Half term")));
    }

    [Fact]
    public async Task ADateThatIsNotReal_IsRefused_InTheErrorSummary()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var page = await qaLead.GetPageAsync("/advice/school-closures");

        var refused = await qaLead.PostAsync("/advice/school-closures", Closure(page, "Easter", new DateOnly(2027, 3, 27), new DateOnly(2027, 4, 26)).With("Form.ClosesOn.Day", "31").With("Form.ClosesOn.Month", "2"));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var summary = (await SignedInClient.ParseAsync(refused)).QuerySelector(".govuk-error-summary")!.TextContent;
        Assert.Contains("First day the schools are closed must be a real date", summary, StringComparison.Ordinal);
        Assert.False(await app.WithDatabaseAsync(db => db.SchoolClosures.AnyAsync(c => c.Name == "Easter")));
    }

    [Fact]
    public async Task AClosureRemoved_LeavesTheList_AndKeepsWhoRemovedIt()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var id = await app.WithDatabaseAsync(db => db.SchoolClosures.Where(c => c.Name == "Summer holidays 2025").Select(c => c.Id).SingleAsync());

        var removed = await qaLead.PostFormAsync($"/advice/school-closures/{id}/remove", [], "/advice/school-closures");

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        var closure = await app.WithDatabaseAsync(db => db.SchoolClosures.AsNoTracking().SingleAsync(c => c.Id == id));
        Assert.NotNull(closure.RemovedAt);
        Assert.NotNull(closure.RemovedById);
        Assert.DoesNotContain("Summer holidays 2025", (await qaLead.GetPageAsync("/advice/school-closures")).QuerySelector("#school-closures")!.TextContent, StringComparison.Ordinal);
        var again = await qaLead.PostFormAsync($"/advice/school-closures/{id}/remove", [], "/advice/school-closures");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("removed already", (await SignedInClient.ParseAsync(again)).QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DemoUsers.Caseworker)]
    [InlineData(DemoUsers.AgencyLead)]
    [InlineData(DemoUsers.BoardMember)]
    public async Task OnlyAQaLead_RecordsClosures(string email)
    {
        var someone = await app.SignInAsync(email);

        var response = await someone.GetAsync("/advice/school-closures");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
