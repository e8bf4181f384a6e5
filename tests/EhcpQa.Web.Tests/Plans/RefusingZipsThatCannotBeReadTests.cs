using System.Buffers.Binary;
using System.Net;

namespace EhcpQa.Web.Tests.Plans;

/// <summary>
/// A zip of issued plans that is not a zip, or would unpack to too much (a zip bomb), is refused as a whole with the
/// reason in the error summary, and nothing is kept.
/// </summary>
public sealed class RefusingZipsThatCannotBeReadTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task AFileThatIsNotAZip_IsRefused()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);

        var response = await IssuedTextZips.UploadAsync(qaLead, "EHC-2024-0012,final"u8.ToArray(), "plans.zip");

        await AssertRefusedAsync(response, "The selected file must be a zip file (.zip)");
    }

    [Fact]
    public async Task AZipDeclaringMoreThan500MbUnpacked_IsRefusedBeforeAnythingIsUnpacked()
    {
        var qaLead = await app.SignInAsync(DemoUsers.QaLead);
        var bomb = DeclaringUnpackedSize(IssuedTextZips.Zip(("EHC-1.docx", IssuedTextZips.IssuedPlan("EHC-1"))), 0xF000_0000);

        var response = await IssuedTextZips.UploadAsync(qaLead, bomb);

        await AssertRefusedAsync(response, "The selected zip file must unpack to less than 500 MB");
    }

    private async Task AssertRefusedAsync(HttpResponseMessage response, string message)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await SignedInClient.ParseAsync(response);
        Assert.Contains(message, page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("input[type=file][name='Upload.File']"));
        Assert.Equal(0, await IssuedTextZips.StoredZipsAsync(app));
    }

    /// <summary>The zip with its entries' unpacked sizes rewritten, in their local and central headers.</summary>
    private static byte[] DeclaringUnpackedSize(byte[] zip, uint size)
    {
        var bytes = (byte[])zip.Clone();
        for (var i = 0; i + 4 <= bytes.Length; i++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i));
            if (signature == 0x04034B50 && i + 26 <= bytes.Length)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + 22), size);
            }
            else if (signature == 0x02014B50 && i + 28 <= bytes.Length)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + 24), size);
            }
        }

        return bytes;
    }
}
