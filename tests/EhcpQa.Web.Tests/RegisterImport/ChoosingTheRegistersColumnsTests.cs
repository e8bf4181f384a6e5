using System.Net;
using EhcpQa.Domain.Register;

namespace EhcpQa.Web.Tests.RegisterImport;

/// <summary>
/// The person matches the file's headings to the register's fields: a field the import needs cannot be left out, the
/// choices are kept when refused, and the columns chosen are offered for the next file.
/// </summary>
public sealed class ChoosingTheRegistersColumnsTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    private static readonly string[] OwnHeadings =
        ["CMS_ID", "CHILD_INIT", "BIRTH", "OFFICER_MAIL", "PATCH", "NEED1", "PLACEMENT", "RFA", "FINALISED", "STATE"];

    private static readonly (RegisterField Field, string Heading)[] OwnColumns =
    [
        (RegisterField.Reference, "CMS_ID"), (RegisterField.ChildInitials, "CHILD_INIT"), (RegisterField.DateOfBirth, "BIRTH"),
        (RegisterField.Caseworker, "OFFICER_MAIL"), (RegisterField.Locality, "PATCH"), (RegisterField.PrimaryNeed, "NEED1"),
        (RegisterField.SettingType, "PLACEMENT"), (RegisterField.RequestDate, "RFA"), (RegisterField.IssuedOn, "FINALISED"),
        (RegisterField.Status, "STATE"),
    ];

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
        var fields = FormFields.Of(await qaLead.GetPageAsync(first))
            .Select(f => f.Key.EndsWith(".Heading", StringComparison.Ordinal) ? new KeyValuePair<string, string>(f.Key, string.Empty) : f)
            .ToList();
        foreach (var (field, heading) in OwnColumns)
        {
            fields = fields.With($"Form.Choices[{(int)field - 1}].Heading", heading);
        }

        var saved = await qaLead.PostAsync(first, fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var nextColumns = await RegisterUploads.UploadedAsync(qaLead, RegisterUploads.Csv(OwnHeadings, RegisterUploads.Row("OWN-3")));
        var next = await qaLead.GetPageAsync(nextColumns);

        Assert.Equal("CMS_ID", next.QuerySelector("select[name='Form.Choices[0].Heading'] option[selected]")?.GetAttribute("value"));
        foreach (var (field, heading) in OwnColumns)
        {
            Assert.Equal(heading, next.QuerySelector($"select[name='Form.Choices[{(int)field - 1}].Heading'] option[selected]")?.GetAttribute("value"));
        }

        var preview = await qaLead.GetPageAsync((await qaLead.PostAsync(nextColumns, FormFields.Of(next))).Headers.Location!.OriginalString);
        Assert.Equal(1, RegisterUploads.Figure(preview, "Plans to add"));
    }
}
