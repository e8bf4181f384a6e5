using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.RegisterImport;

/// <summary>A file that is not a register is refused on the upload page with a message, and nothing is stored.</summary>
public sealed class RefusingFilesThatAreNotRegistersTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    public static TheoryData<string, string, string> NotRegisters() => new()
    {
        { "register.pdf", "%PDF-1.7 not a register", "CSV or Excel" },
        { "register.csv", "%PDF-1.7\0\0\0 a PDF named as a CSV", "CSV" },
        { "register.csv", "", "empty" },
        { "register.xlsx", "PK\u0003\u0004 not really a workbook", "can be read" },
    };

    [Theory]
    [MemberData(nameof(NotRegisters))]
    public async Task AFileThatIsNotARegister_IsRefusedWithAMessage_AndNothingIsStored(string fileName, string content, string message)
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var before = await app.WithDatabaseAsync(db => db.RegisterImports.CountAsync());

        var response = await RegisterUploads.UploadAsync(qaLead, Encoding.Latin1.GetBytes(content), fileName);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var summary = (await SignedInClient.ParseAsync(response)).QuerySelector(".govuk-error-summary")!.TextContent;
        Assert.Contains(message, summary, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, await app.WithDatabaseAsync(db => db.RegisterImports.CountAsync()));
    }

    [Fact]
    public async Task AFileWithHeadingsButNoRows_CanBeUploaded_AndHasNothingToImport()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);

        var preview = await qaLead.GetPageAsync(await RegisterUploads.UploadAndChooseOfferedColumnsAsync(qaLead, RegisterUploads.Csv(RegisterUploads.Headings)));

        Assert.Equal(0, RegisterUploads.Figure(preview, "Rows read"));
        Assert.NotNull(preview.QuerySelector("[data-nothing-to-import]"));
    }
}
