using System.Net;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Surveys;

/// <summary>An address that is not one is refused in the error summary and beside its field, with every choice kept, and no link is made.</summary>
public sealed class SurveyEmailAddressRefusedTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Theory]
    [InlineData("parent.example.com")]
    [InlineData("Parent <parent@example.com>")]
    public async Task ABadAddress_IsRefused_WithTheChoicesKept(string address)
    {
        var planId = await SurveyLinksMade.IssuedPlanAsync(app, $"SRV-BAD-{address.Length}", bornOn: new DateOnly(2012, 1, 1));
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);

        var response = await SurveyLinksMade.PostLinkAsync(caseworker, planId, "YoungPerson", "AnnualReview", address);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SignedInClient.ParseAsync(response);
        var summary = page.QuerySelector(".govuk-error-summary")!;
        Assert.Contains("Enter an email address in the correct format, like name@example.com", summary.TextContent, StringComparison.Ordinal);
        Assert.Equal("#Form_EmailAddress", summary.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(address, page.QuerySelector("input[name='Form.EmailAddress']")!.GetAttribute("value"));
        Assert.Equal("YoungPerson", page.QuerySelector("input[name='Form.Respondent'][checked]")!.GetAttribute("value"));
        Assert.Equal("AnnualReview", page.QuerySelector("input[name='Form.Occasion'][checked]")!.GetAttribute("value"));
        Assert.Null(page.QuerySelector("#survey-link"));
        Assert.False(await app.WithDatabaseAsync(db => db.SurveyInvitations.AnyAsync(i => i.PlanId == planId)));
    }

    [Fact]
    public async Task ABadAddressAndNoChoiceOfWho_AreBothRefusedAtOnce()
    {
        var planId = await SurveyLinksMade.IssuedPlanAsync(app, "SRV-BAD-BOTH");
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);

        var response = await SurveyLinksMade.PostLinkAsync(caseworker, planId, string.Empty, "PlanIssued", "parent@");

        var summary = (await SignedInClient.ParseAsync(response)).QuerySelector(".govuk-error-summary")!.TextContent;
        Assert.Contains("Select who the survey is for", summary, StringComparison.Ordinal);
        Assert.Contains("correct format", summary, StringComparison.Ordinal);
    }
}
