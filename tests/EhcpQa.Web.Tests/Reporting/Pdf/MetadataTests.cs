using EhcpQa.Web.Reporting.Pdf;
using static EhcpQa.Web.Tests.Reporting.Pdf.TestDocuments;

namespace EhcpQa.Web.Tests.Reporting.Pdf;

public sealed class MetadataTests
{
    [Fact]
    public void Document_CarriesItsTitleTheServiceAsAuthorAndTheGivenCreationTime()
    {
        var pdf = Write(w => w.Paragraph("Body."));

        using var document = PdfReading.Open(pdf);
        Assert.Equal(Title, document.Information.Title);
        Assert.Equal(PdfDocumentInfo.Author, document.Information.Author);
        Assert.Equal("EhcpQa", document.Information.Creator);
        Assert.Equal(CreatedAt, document.Information.GetCreatedDateTimeOffset());
    }
}
