using System.Security.Cryptography;
using EhcpQa.Web.Features.Drafts.Documents;

namespace EhcpQa.Web.Features.Drafts;

/// <summary>The length and SHA-256 (lower-case hex) of a draft file's content, worked out as it is copied.</summary>
public readonly record struct DraftFileContent(long Length, string Sha256)
{
    /// <summary>
    /// Copies the content to the destination, hashing it on the way. Content longer than
    /// <see cref="DraftDocumentCheck.MaxBytes"/> is refused with an <see cref="InvalidOperationException"/>
    /// before more than the limit is written.
    /// </summary>
    public static async Task<DraftFileContent> CopyAsync(Stream content, Stream destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(destination);
        long length = 0;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        int count;
        while ((count = await content.ReadAsync(buffer, cancellationToken)) > 0)
        {
            length += count;
            if (length > DraftDocumentCheck.MaxBytes)
            {
                throw new InvalidOperationException($"A draft file must be at most {DraftDocumentCheck.MaxBytes} bytes.");
            }

            hash.AppendData(buffer, 0, count);
            await destination.WriteAsync(buffer.AsMemory(0, count), cancellationToken);
        }

        return new DraftFileContent(length, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    /// <summary>The length and hash of content already in memory.</summary>
    public static DraftFileContent Of(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new DraftFileContent(content.LongLength, Convert.ToHexStringLower(SHA256.HashData(content)));
    }
}
