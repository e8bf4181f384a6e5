namespace EhcpQa.Web.Features.RegisterImport;

/// <summary>
/// A register file that passed <see cref="RegisterFileCheck"/> but cannot be read all the same: no headings, too
/// many rows, a damaged cell. The message is written for the person who uploaded it.
/// </summary>
public sealed class RegisterFileUnreadableException(string message) : Exception(message);
