using System.Net;

namespace EhcpQa.Web.Tests.RegisterImport;

/// <summary>
/// The person matches the file's headings to the register's fields: a field the import needs cannot be left out, the
/// choices are kept when refused, and the columns chosen are offered for the next file.
/// </summary>
public sealed class ChoosingTheRegistersColumnsTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    private static readonly string[] OwnHeadings =
        ["CMS_ID", "CHILD_INIT", "BIRTH", "OFFICER_MAIL", "PATCH", "NEED1", "PLACEMENT", "RFA", "FINALISED", "STATE"];

    [Fact]
    public async Task ARequiredFieldLeftOut_IsNamedInTheErrorSummary_AndTheOtherChoicesAreKept()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var columns = await RegisterUploads.UploadedAsync(qaLead, RegisterUploads.Csv(OwnHeadings, RegisterUploads.Row("OWN-1")));
        var fields = FormFields.Of(await qaLead.GetPageAsync(columns))
            .With("Form.Choices[0].Heading", "CMS_ID")
            .With("Form.Choices[1].Heading", "CHILD_INIT")
            .With("Form.Choices[2].Heading", string.Empty);

        var response = await qaLead.PostAsync(columns, fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SignedInClient.ParseAsync(response);
        Assert.Contains("date of birth", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("CMS_ID", page.QuerySelector("select[name='Form.Choices[0].Heading'] option[selected]")?.GetAttribute("value"));
        Assert.Equal("CHILD_INIT", page.QuerySelector("select[name='Form.Choices[1].Heading'] option[selected]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task TheColumnsChosenForOneFile_AreOfferedForTheNext()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var first = await RegisterUploads.UploadedAsync(qaLead, RegisterUploads.Csv(OwnHeadings, RegisterUploads.Row("OWN-2")));
        var fields = FormFields.Of(await qaLead.GetPageAsync(first));
        for (var i = 0; i < 9; i++)
        {
            fields = fields.With($"Form.Choices[{i}].Heading", OwnHeadings[i]);
        }

        fields = fields.With("Form.Choices[12].Heading", OwnHeadings[9]).With("Form.Choices[10].Heading", OwnHeadings[8])
            .With("Form.Choices[8].Heading", string.Empty);
        var saved = await qaLead.PostAsync(first, fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var next = await qaLead.GetPageAsync(await RegisterUploads.UploadedAsync(qaLead, RegisterUploads.Csv(OwnHeadings, RegisterUploads.Row("OWN-3"))));

        Assert.Equal("CMS_ID", next.QuerySelector("select[name='Form.Choices[0].Heading'] option[selected]")?.GetAttribute("value"));
        Assert.Equal("STATE", next.QuerySelector("select[name='Form.Choices[12].Heading'] option[selected]")?.GetAttribute("value"));
    }
}
