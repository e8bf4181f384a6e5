using System.Net;
using System.Text.Json;
using EhcpQa.Web.Features.RegisterImport;
using Microsoft.Extensions.DependencyInjection;

namespace EhcpQa.Web.Tests.RegisterImport;

/// <summary>
/// While an import is carried out its page asks how far it has gone: the step and how many new plans are saved, in
/// words; nothing once it is done, and only for those who may import.
/// </summary>
public sealed class ImportProgressTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    private const int ImportUnderWay = 987_001;

    [Fact]
    public async Task AnImportUnderWay_SaysItsStepAndHowManyPlansAreSaved()
    {
        var progress = app.Services.GetRequiredService<RegisterImportProgress>();
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        try
        {
            progress.Report(ImportUnderWay, ImportStep.AddingPlans, 12_000, 48_500);

            var reply = await ReplyAsync(qaLead, ImportUnderWay);

            Assert.Equal("AddingPlans", reply.GetProperty("step").GetString());
            Assert.Equal(12_000, reply.GetProperty("done").GetInt32());
            Assert.Equal("Adding new plans: 12,000 of 48,500 saved", reply.GetProperty("text").GetString());
        }
        finally
        {
            progress.Finished(ImportUnderWay);
        }

        Assert.Equal(JsonValueKind.Null, (await ReplyAsync(qaLead, ImportUnderWay)).GetProperty("step").ValueKind);
    }

    [Fact]
    public async Task AnImportDone_LeavesNoProgressBehind()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var preview = await RegisterUploads.UploadAndChooseOfferedColumnsAsync(qaLead,
            RegisterUploads.Csv(RegisterUploads.Headings, RegisterUploads.Row("PROG-0001"), RegisterUploads.Row("PROG-0002")));
        var id = int.Parse(preview.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        var page = await qaLead.GetPageAsync(preview);
        Assert.Equal($"/plans/import/{id}/progress", page.QuerySelector("form[data-import-progress]")!.GetAttribute("data-import-progress"));
        Assert.NotNull(page.QuerySelector("[data-import-progress-region][role=status][hidden]"));

        Assert.Equal(HttpStatusCode.Redirect, (await RegisterUploads.ImportAsync(qaLead, preview)).StatusCode);

        Assert.Null(app.Services.GetRequiredService<RegisterImportProgress>().Of(id));
        Assert.Equal(JsonValueKind.Null, (await ReplyAsync(qaLead, id)).GetProperty("step").ValueKind);
    }

    [Fact]
    public async Task OnlyThoseWhoImport_AreToldTheProgress()
    {
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);

        var refused = await caseworker.GetAsync($"/plans/import/{ImportUnderWay}/progress");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    private static async Task<JsonElement> ReplyAsync(SignedInClient client, int id)
    {
        var response = await client.GetAsync($"/plans/import/{id}/progress");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}
