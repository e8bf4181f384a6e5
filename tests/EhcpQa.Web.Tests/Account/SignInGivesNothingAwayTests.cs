using System.Diagnostics;
using System.Net;

namespace EhcpQa.Web.Tests.Account;

/// <summary>
/// Signing in tells nobody whether an account exists or why it was refused: no account, a wrong password, a disabled
/// account and attempts held after failures get the same page, after a password check each. Failures from one address
/// hold that address's attempts at the account, never the colleague's own; and each address has a few attempts a minute.
/// </summary>
public sealed class SignInGivesNothingAwayTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task NoAccount_AWrongPassword_ADisabledAccount_AndHeldAttempts_GetTheSameAnswer()
    {
        await app.DisableAccountAsync(DemoUsers.BoardMember);
        var guesser = app.ClientFrom(IPAddress.Parse("192.0.2.10"));
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await SignInAsync(guesser, DemoUsers.OtherLocalityManager, "guess-" + attempt);
        }

        var answers = new[]
        {
            await SignInAsync(app.ClientFrom(IPAddress.Parse("192.0.2.11")), "nobody@ehcpqa.test", "whatever-it-is"),
            await SignInAsync(app.ClientFrom(IPAddress.Parse("192.0.2.12")), DemoUsers.Caseworker, "not-the-password"),
            await SignInAsync(app.ClientFrom(IPAddress.Parse("192.0.2.13")), DemoUsers.BoardMember, "not-the-password"),
            await SignInAsync(app.ClientFrom(IPAddress.Parse("192.0.2.14")), DemoUsers.BoardMember, DemoData.Password),
            await SignInAsync(guesser, DemoUsers.OtherLocalityManager, DemoData.Password),
        };

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Status));
        Assert.Single(answers.Select(a => a.Main).Distinct());
        Assert.Contains("Enter a correct email address and password", answers[0].Main, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FailuresFromOneAddress_DoNotKeepTheColleagueOut()
    {
        var guesser = app.ClientFrom(IPAddress.Parse("198.51.100.20"));
        for (var attempt = 0; attempt < 6; attempt++)
        {
            await SignInAsync(guesser, DemoUsers.QaLead, "guess-" + attempt);
        }

        var colleague = app.ClientFrom(IPAddress.Parse("198.51.100.21"));
        var signedIn = await colleague.PostFormAsync("/account/sign-in", Fields(DemoUsers.QaLead, DemoData.Password));

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await colleague.GetAsync("/plans")).StatusCode);
    }

    [Fact]
    public async Task HeldAttempts_AreLetThroughAgain_OnceTheQuarterHourHasPassed()
    {
        var start = app.Clock.Now;
        try
        {
            var person = app.ClientFrom(IPAddress.Parse("198.51.100.30"));
            for (var attempt = 0; attempt < 5; attempt++)
            {
                await SignInAsync(person, DemoUsers.PanelMember, "mistyped-" + attempt);
            }

            Assert.Equal(HttpStatusCode.OK, (await person.PostFormAsync("/account/sign-in", Fields(DemoUsers.PanelMember, DemoData.Password))).StatusCode);

            app.Clock.Now = start.AddMinutes(15);
            Assert.Equal(HttpStatusCode.Redirect, (await person.PostFormAsync("/account/sign-in", Fields(DemoUsers.PanelMember, DemoData.Password))).StatusCode);
        }
        finally
        {
            app.Clock.Now = start;
        }
    }

    [Fact]
    public async Task MoreThanTenAttemptsAMinuteFromOneAddress_AreAnswered429WithAPageSayingToWait()
    {
        var client = app.ClientFrom(IPAddress.Parse("203.0.113.40"));
        var page = await client.GetPageAsync("/account/sign-in");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 11; attempt++)
        {
            var fields = Fields($"nobody{attempt}@ehcpqa.test", "whatever-it-is").Append(new("__RequestVerificationToken", token));
            statuses.Add((await client.PostAsync("/account/sign-in", fields)).StatusCode);
        }

        Assert.All(statuses.Take(10), s => Assert.Equal(HttpStatusCode.OK, s));
        var refused = await client.PostAsync("/account/sign-in", Fields(DemoUsers.Caseworker, DemoData.Password).Append(new("__RequestVerificationToken", token)));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("Too many attempts", (await SignedInClient.ParseAsync(refused)).QuerySelector("h1")!.TextContent, StringComparison.Ordinal);

        // Another address is not held up.
        Assert.Equal(HttpStatusCode.Redirect,
            (await app.ClientFrom(IPAddress.Parse("203.0.113.41")).PostFormAsync("/account/sign-in", Fields(DemoUsers.Caseworker, DemoData.Password))).StatusCode);
    }

    [Fact]
    public async Task NoAccount_TakesAsLongAsAWrongPassword_EachAPasswordCheck()
    {
        // The stated bound: an unknown e-mail's answer takes at least a third as long as a wrong password's (medians of
        // five), where without the check against no account's hash it takes a tenth or less. A wrong password also
        // counts the failure against the account, a database write that a machine busy with other test runs slows, so
        // the bound leaves room for that and still tells the two apart.
        var client = app.ClientFrom(IPAddress.Parse("203.0.113.50"));
        await SignInAsync(client, "warm-up@ehcpqa.test", "whatever-it-is");
        var unknown = new List<double>();
        var wrong = new List<double>();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            unknown.Add(await TimedAsync(() => SignInAsync(app.ClientFrom(IPAddress.Parse($"203.0.113.{60 + attempt}")), $"nobody{attempt}@ehcpqa.test", "whatever-it-is")));
            wrong.Add(await TimedAsync(() => SignInAsync(app.ClientFrom(IPAddress.Parse($"203.0.113.{70 + attempt}")), DemoUsers.OtherCaseworker, "not-the-password")));
        }

        Assert.True(Median(unknown) * 3 >= Median(wrong), $"No account: {Median(unknown):F0} ms; a wrong password: {Median(wrong):F0} ms");
    }

    private static async Task<double> TimedAsync(Func<Task> work)
    {
        var clock = Stopwatch.StartNew();
        await work();
        return clock.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static Dictionary<string, string> Fields(string email, string password) => new() { ["Email"] = email, ["Password"] = password };

    private static async Task<(HttpStatusCode Status, string Main)> SignInAsync(SignedInClient client, string email, string password)
    {
        var response = await client.PostFormAsync("/account/sign-in", Fields(email, password));
        var main = response.StatusCode == HttpStatusCode.OK ? (await SignedInClient.ParseAsync(response)).QuerySelector("main")!.TextContent : string.Empty;
        return (response.StatusCode, main.Replace(email, "{email}", StringComparison.Ordinal));
    }
}
