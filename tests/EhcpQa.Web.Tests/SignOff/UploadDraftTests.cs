using System.Net;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Web.Tests.Drafts;

namespace EhcpQa.Web.Tests.SignOff;

/// <summary>A caseworker uploads the draft as a Word document, checks the split, and sends it; the original is kept.</summary>
public sealed class UploadDraftTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    private readonly SignOffJourney _journey = new(app);

    [Fact]
    public async Task Upload_RealDocument_ShowsTheSplitThenSubmitsWithTheOriginalKept()
    {
        var planId = await app.Plans.DraftAsync("EHC-UD-1");
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);
        var builder = new DocxBuilder().Paragraph("Education, Health and Care Plan", "Name: (initials only)");
        foreach (var section in PlanSections.Statutory)
        {
            builder.Section($"Section {section.Code}: {section.Title}", $"Drafted text for section {section.Code}.");
        }

        var bytes = builder.ToBytes();
        var response = await UploadAsync(caseworker, planId, bytes, "draft plan.docx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SignedInClient.ParseAsync(response);
        Assert.Null(page.QuerySelector(".govuk-error-summary"));
        Assert.Equal("Drafted text for section F.", page.QuerySelector("textarea[name='Form.F']")!.TextContent.Trim());
        Assert.Equal("Drafted text for section H2.", page.QuerySelector("textarea[name='Form.H2']")!.TextContent.Trim());
        var token = page.QuerySelector("input[name='Form.DocumentToken']")!.GetAttribute("value");
        Assert.False(string.IsNullOrEmpty(token));

        // The caseworker corrects one section before sending.
        var fields = FormFields.Of(page).With("Form.F", "Corrected provision: 2 hours a week of speech and language therapy.");
        var submitted = await caseworker.PostAsync($"/plans/{planId}/draft", fields);

        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var version = await _journey.CurrentVersionAsync(planId);
        Assert.Equal("Corrected provision: 2 hours a week of speech and language therapy.", version.TextOf(SectionCode.F));
        Assert.NotNull(version.Document);
        Assert.Equal("draft plan.docx", version.Document!.FileName);
        var download = await caseworker.GetAsync($"/plans/{planId}/versions/1/document");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Upload_FileThatIsNotAWordDocument_SaysSoAndKeepsThePage()
    {
        var planId = await app.Plans.DraftAsync("EHC-UD-2");
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);

        var response = await UploadAsync(caseworker, planId, "This is plain text pretending to be Word."u8.ToArray(), "draft.docx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SignedInClient.ParseAsync(response);
        Assert.Contains("not a Word document that can be read", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#Upload_Document-error"));
        Assert.Null(page.QuerySelector("input[name='Form.DocumentToken'][value]:not([value=''])"));
    }

    [Fact]
    public async Task Submit_WithATamperedDocumentToken_IsRefused()
    {
        var planId = await app.Plans.DraftAsync("EHC-UD-3");
        var caseworker = await app.SignInAsync(DemoUsers.Caseworker);
        var fields = SignOffJourney.DraftText().ToList();
        fields.Add(new("Form.DocumentToken", "not-a-real-token"));

        var response = await caseworker.PostFormAsync($"/plans/{planId}/draft", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("upload it again", (await SignedInClient.ParseAsync(response)).QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> UploadAsync(SignedInClient client, int planId, byte[] bytes, string fileName) =>
        client.PostFileAsync(
            $"/plans/{planId}/draft",
            $"/plans/{planId}/draft/upload",
            "Upload.Document",
            bytes,
            fileName,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
}
