using EhcpQa.Domain;
using static EhcpQa.Web.Tests.Home.WorkLists;

namespace EhcpQa.Web.Tests.Home;

/// <summary>A caseworker's plans with no draft sent wait for them, the soonest 20-week deadline first, the overdue and the close marked.</summary>
public sealed class PlansToWriteMostUrgentFirstTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task PlansWithNoDraftSent_AreListedForTheirCaseworker_SoonestDeadlineFirst()
    {
        var today = ServiceCalendar.DateOf(app.Clock.Now);
        var thirtyOverdue = await app.Plans.DraftAsync("EHC-WRITE-30-OVERDUE", requestedOn: today.AddDays(-170));
        var sixtyOverdue = await app.Plans.DraftAsync("EHC-WRITE-60-OVERDUE", requestedOn: today.AddDays(-200));
        await app.Plans.DraftAsync("EHC-WRITE-10-LEFT", requestedOn: today.AddDays(-130));
        await app.Plans.DraftAsync("EHC-WRITE-OTHERS", caseworker: DemoUsers.OtherCaseworker, requestedOn: today.AddDays(-210));
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);

        var home = await HomeAsync(caseworker);

        var items = Items(home, "to-write");
        Assert.Equal(["EHC-WRITE-60-OVERDUE", "EHC-WRITE-30-OVERDUE"], items.Take(2).Select(i => i.Title));
        Assert.True(items.ToList().FindIndex(i => i.Title == "EHC-WRITE-30-OVERDUE") < items.ToList().FindIndex(i => i.Title == "EHC-WRITE-10-LEFT"));
        Assert.Equal($"/plans/{sixtyOverdue}/draft", items[0].Href);
        Assert.Equal(["60 days overdue", "30 days overdue"], items.Take(2).Select(i => i.Status));
        Assert.Equal("10 days left", items.Single(i => i.Title == "EHC-WRITE-10-LEFT").Status);
        Assert.DoesNotContain(items, i => i.Title == "EHC-WRITE-OTHERS");

        var tags = home.QuerySelectorAll("ul[aria-labelledby='work-to-write'] li")
            .ToDictionary(li => li.QuerySelector("a")!.TextContent.Trim(), li => li.QuerySelector(".govuk-tag")?.ClassName ?? string.Empty);
        Assert.Contains("govuk-tag--red", tags["EHC-WRITE-60-OVERDUE"], StringComparison.Ordinal);
        Assert.Contains("govuk-tag--orange", tags["EHC-WRITE-10-LEFT"], StringComparison.Ordinal);
        Assert.StartsWith("Drafts to write and send for sign-off (", Heading(home, "to-write"), StringComparison.Ordinal);

        await SignOffJourney.SubmitDraftAsync(caseworker, thirtyOverdue);

        Assert.DoesNotContain("EHC-WRITE-30-OVERDUE", Titles(await HomeAsync(caseworker), "to-write"));
    }
}
