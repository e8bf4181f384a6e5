using System.Text;

namespace EhcpQa.Web.Infrastructure.Forms;

/// <summary>
/// What every upload check reads the same way: the signatures files start with, the extension of a name a browser
/// sent, an Office file encrypted with a password, and a copy that stops at a size limit.
/// </summary>
public static class UploadedContent
{
    /// <summary>A zip package's first local header: .docx and .xlsx files start with it.</summary>
    public static ReadOnlySpan<byte> ZipSignature => [0x50, 0x4B, 0x03, 0x04];

    /// <summary>An OLE compound file: older Office files (.doc, .xls), and Office files encrypted with a password.</summary>
    public static ReadOnlySpan<byte> CompoundFileSignature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private static readonly byte[] EncryptedPackageName = Encoding.Unicode.GetBytes("EncryptedPackage");

    /// <summary>The extension of a file name, lower case: browsers may send a full Windows path, and trailing dots and spaces are not part of it.</summary>
    public static string ExtensionOf(string? fileName)
    {
        var name = (fileName ?? string.Empty).Replace('\\', '/').Trim().TrimEnd('.', ' ');
        return Path.GetExtension(name).ToLowerInvariant();
    }

    /// <summary>
    /// Whether a compound file is an encrypted Office document: one holding a stream named "EncryptedPackage", whose
    /// name appears in UTF-16 in the file's directory. The stream is read from its start and left there.
    /// </summary>
    public static bool IsEncryptedOfficeFile(Stream content)
    {
        ArgumentNullException.ThrowIfNull(content);
        content.Position = 0;
        using var copy = new MemoryStream();
        content.CopyTo(copy);
        content.Position = 0;
        return copy.GetBuffer().AsSpan(0, (int)copy.Length).IndexOf(EncryptedPackageName) >= 0;
    }

    /// <summary>Copies the source to the destination (left at its start) unless it holds more than the limit: then false.</summary>
    public static bool CopyAtMost(Stream source, Stream destination, long limit)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(destination);
        var buffer = new byte[81920];
        long total = 0;
        int count;
        while ((count = source.Read(buffer, 0, buffer.Length)) > 0)
        {
            total += count;
            if (total > limit)
            {
                return false;
            }

            destination.Write(buffer, 0, count);
        }

        destination.Position = 0;
        return true;
    }
}
