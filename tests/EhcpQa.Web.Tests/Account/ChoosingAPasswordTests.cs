using System.Net;

namespace EhcpQa.Web.Tests.Account;

/// <summary>Choosing a new password: a common one is refused with a message saying why and what to do; a long phrase is taken.</summary>
public sealed class ChoosingAPasswordTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task ACommonPassword_IsRefusedSayingWhy_AndALongPhraseIsTaken()
    {
        var person = await app.SignInAsync(DemoUsers.PanelMember);

        var refused = await ChooseAsync(person, "Password12345678");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var summary = (await SignedInClient.ParseAsync(refused)).QuerySelector(".govuk-error-summary")!;
        Assert.Contains("too easy to guess", summary.TextContent, StringComparison.Ordinal);
        Assert.Equal("#NewPassword", summary.QuerySelector("a")!.GetAttribute("href"));

        var taken = await ChooseAsync(person, "purple tractor sings at dawn");
        Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);
    }

    private static Task<HttpResponseMessage> ChooseAsync(SignedInClient person, string chosen) =>
        person.PostFormAsync("/account/password",
        [
            new("CurrentPassword", DemoData.Password),
            new("NewPassword", chosen),
            new("ConfirmPassword", chosen),
        ]);
}
