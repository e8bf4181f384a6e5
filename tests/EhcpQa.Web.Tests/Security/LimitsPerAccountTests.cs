using System.Net;
using EhcpQa.Web.Tests.Deployment;

namespace EhcpQa.Web.Tests.Security;

/// <summary>The demo service with the limits an authority gets by default (the shared test host raises them).</summary>
public sealed class ServiceWithDefaultLimits : IAsyncLifetime
{
    public ServiceWithDefaultLimits()
    {
        DataPath = ServiceHost.NewDataPath();
        Host = new ServiceHost("Testing", new Dictionary<string, string?>
        {
            ["Storage:DataPath"] = DataPath,
            ["Database:Provider"] = "Sqlite",
            ["Demo:Seed"] = "true",
            ["Reports:Schedule"] = "false",
            ["Notifications:Schedule"] = "false",
            ["Notifications:Reminders"] = "false",
        });
    }

    public string DataPath { get; }

    public ServiceHost Host { get; }

    public async ValueTask InitializeAsync()
    {
        await Host.StartAsync();
        await Host.WithDatabaseAsync(db => SecondFactorJourney.LetEveryRoleSignInWithAPasswordAsync(db, DateTimeOffset.UtcNow));
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        ServiceHost.RemoveDataPath(DataPath);
    }

    /// <summary>A client signed in with a password as the demo user, its requests coming from <paramref name="address"/>.</summary>
    public async Task<SignedInClient> SignInAsync(string email, IPAddress address)
    {
        var handler = new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler
        {
            InnerHandler = Host.Server.CreateHandler(context => context.Connection.RemoteIpAddress = address),
        };
        var client = new SignedInClient(new HttpClient(handler) { BaseAddress = new Uri("https://ehcpqa.test") });
        var signedIn = await client.PostFormAsync("/account/sign-in", [new("Email", email), new("Password", DemoData.Password)]);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return client;
    }
}

/// <summary>
/// A signed-in person's steps at their own password and second factor, and their uploads, are limited per account,
/// whatever address they come from: beyond the limit (10 steps, 20 uploads a minute) the answer is 429 with a page
/// saying to wait, and other people are not held up.
/// </summary>
public sealed class LimitsPerAccountTests(ServiceWithDefaultLimits service) : IClassFixture<ServiceWithDefaultLimits>
{
    [Fact]
    public async Task PasswordChanges_BeyondTenAMinuteFromOneAccount_AreRefusedWith429_ThoughEachComesFromANewAddress()
    {
        // One account signed in on eleven devices, each on an address of its own.
        var devices = new List<SignedInClient>();
        for (var i = 0; i < 11; i++)
        {
            devices.Add(await service.SignInAsync(DemoUsers.BoardMember, SecondFactorJourney.NewAddress()));
        }

        var answers = new List<HttpStatusCode>();
        foreach (var device in devices)
        {
            answers.Add((await device.PostFormAsync("/account/password", [new("CurrentPassword", "not the password at all"), new("NewPassword", "x"), new("ConfirmPassword", "x")])).StatusCode);
        }

        Assert.All(answers.Take(10), status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[10]);

        // Someone else changing their password is not held up.
        var colleague = await service.SignInAsync(DemoUsers.PanelMember, SecondFactorJourney.NewAddress());
        var theirs = await colleague.PostFormAsync("/account/password", [new("CurrentPassword", "not the password at all"), new("NewPassword", "x"), new("ConfirmPassword", "x")]);
        Assert.Equal(HttpStatusCode.OK, theirs.StatusCode);
    }

    [Fact]
    public async Task Uploads_BeyondTwentyAMinuteFromOneAccount_AreRefusedWith429WithAPageSayingToWait()
    {
        var caseworker = await service.SignInAsync(DemoUsers.Caseworker, SecondFactorJourney.NewAddress());
        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 21; i++)
        {
            // The limit counts uploads before anything else is checked: these carry no antiforgery token.
            using var upload = new MultipartFormDataContent { { new ByteArrayContent([1, 2, 3]), "Upload.Document", "draft.docx" } };
            answers.Add(await caseworker.Http.PostAsync(new Uri("/plans/1/draft/upload", UriKind.Relative), upload));
        }

        Assert.All(answers.Take(20), answer => Assert.NotEqual(HttpStatusCode.TooManyRequests, answer.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[20].StatusCode);
        Assert.Contains("Too many", (await SignedInClient.ParseAsync(answers[20])).QuerySelector("h1")!.TextContent, StringComparison.OrdinalIgnoreCase);

        var colleague = await service.SignInAsync(DemoUsers.OtherCaseworker, SecondFactorJourney.NewAddress());
        using var theirs = new MultipartFormDataContent { { new ByteArrayContent([1, 2, 3]), "Upload.Document", "draft.docx" } };
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await colleague.Http.PostAsync(new Uri("/plans/1/draft/upload", UriKind.Relative), theirs)).StatusCode);
    }
}
