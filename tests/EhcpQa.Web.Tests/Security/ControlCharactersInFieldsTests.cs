using System.Net;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Security;

/// <summary>
/// A null or other control character in a field (pasted from another program, or sent on purpose) gets a GOV.UK
/// error naming the field, with everything typed kept and nothing saved: never a 400 or 404 that loses the form.
/// </summary>
public sealed class ControlCharactersInFieldsTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Theory]
    [InlineData("Before\0after")]
    [InlineData("Before\u0007after")]
    public async Task ADraftSectionHoldingOne_IsRefusedByName_WithTheTextKept_AndNothingSent(string text)
    {
        var planId = await app.Plans.DraftAsync($"EHC-CC-{(int)text[6]}");
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);

        var response = await caseworker.PostFormAsync($"/plans/{planId}/draft", new Dictionary<string, string>
        {
            ["Form.A"] = text,
            ["Form.F"] = "Weekly speech and language therapy, 30 minutes, by a therapist",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SignedInClient.ParseAsync(response);
        var summary = page.QuerySelector(".govuk-error-summary")!.TextContent;
        Assert.Contains("Section A: Views, interests and aspirations, and journey so far contains a character that cannot be kept", summary, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector(".govuk-error-summary a[href='#Form_A']"));
        Assert.StartsWith("Before", page.QuerySelector("textarea[name='Form.A']")!.TextContent, StringComparison.Ordinal);
        Assert.EndsWith("after", page.QuerySelector("textarea[name='Form.A']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Weekly speech and language therapy", page.QuerySelector("textarea[name='Form.F']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDatabaseAsync(db => db.Plans.Where(p => p.Id == planId).SelectMany(p => p.Versions).CountAsync()));
    }

    [Fact]
    public async Task AnEmailAddressHoldingANull_AtSignIn_IsRefusedOnTheForm()
    {
        var client = app.ClientFrom(SecondFactorJourney.NewAddress());

        var response = await client.PostFormAsync("/account/sign-in", new Dictionary<string, string>
        {
            ["Email"] = "caseworker@ehcpqa.test\0",
            ["Password"] = "anything at all here",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SignedInClient.ParseAsync(response);
        Assert.Contains("Email address contains a character that cannot be kept", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("caseworker@ehcpqa.test", page.QuerySelector("input[name='Email']")!.GetAttribute("value"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStatusPageReExecutedForAFormPost_AnswersItsOwnStatus_WithoutReadingTheForm()
    {
        var client = app.CreateClient();

        using var body = new StringContent("Form.A=Before%00after&Upload=%ZZ", System.Text.Encoding.ASCII, "application/x-www-form-urlencoded");
        var response = await client.PostAsync(new Uri("/error/413", UriKind.Relative), body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("What you sent is too big", (await SignedInClient.ParseAsync(response)).QuerySelector("h1")!.TextContent.Trim());
    }
}
