using System.Net;

namespace EhcpQa.Web.Tests.Plans;

/// <summary>Only QA leads and administrators, who import the register, add issued plans' texts from a zip.</summary>
public sealed class WhoAddsIssuedTextsFromAZipTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task ACaseworker_IsForbidden()
    {
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);

        Assert.Equal(HttpStatusCode.Forbidden, (await caseworker.GetAsync(IssuedTextZips.Page)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await caseworker.PostAsync(IssuedTextZips.Page, [])).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await caseworker.PostAsync($"{IssuedTextZips.Page}/{Guid.NewGuid():N}", [])).StatusCode);
    }

    [Fact]
    public async Task AQaLead_IsShownTheUploadPage_LinkedFromTheRegisterImport()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);

        Assert.NotNull((await qaLead.GetPageAsync("/plans/import")).QuerySelector($"main a[href='{IssuedTextZips.Page}']"));
        Assert.NotNull((await qaLead.GetPageAsync(IssuedTextZips.Page)).QuerySelector($"main form[action='{IssuedTextZips.Page}'] input[type=file][name='Upload.File']"));
    }
}
