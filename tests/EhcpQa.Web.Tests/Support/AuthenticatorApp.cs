using System.Buffers.Binary;
using System.Security.Cryptography;

namespace EhcpQa.Web.Tests.Support;

/// <summary>
/// An authenticator app as a person's phone runs it: the key read from the set-up page, and the six-digit code
/// of any moment by RFC 6238 (HMAC-SHA1 over 30-second steps), worked out here rather than by the service's library.
/// </summary>
public sealed class AuthenticatorApp
{
    private const string Base32Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private readonly byte[] _key;

    public AuthenticatorApp(string base32Key)
    {
        ArgumentNullException.ThrowIfNull(base32Key);
        Key = new string(base32Key.Where(c => !char.IsWhiteSpace(c)).ToArray());
        _key = FromBase32(Key);
    }

    /// <summary>The key as the app was given it (Base32, no spaces).</summary>
    public string Key { get; }

    /// <summary>The code the app shows at this moment.</summary>
    public string CodeAt(DateTimeOffset at)
    {
        var step = at.ToUnixTimeSeconds() / 30;
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
#pragma warning disable CA5350 // RFC 6238 as authenticator apps run it is HMAC-SHA1.
        var hash = HMACSHA1.HashData(_key, counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        var value = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset, 4)) & 0x7FFFFFFF) % 1_000_000;
        return value.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] FromBase32(string text)
    {
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.ToUpperInvariant().Where(c => !char.IsWhiteSpace(c) && c != '='))
        {
            var value = Base32Alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0)
            {
                throw new FormatException($"'{c}' is not Base32");
            }

            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }

        return [.. bytes];
    }
}
