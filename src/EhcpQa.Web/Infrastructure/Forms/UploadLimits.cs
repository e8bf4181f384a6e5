namespace EhcpQa.Web.Infrastructure.Forms;

/// <summary>
/// How much an upload page reads before refusing. Each kind of file has its own, far smaller, size (a draft 10 MB,
/// a framework file 2 MB), checked by its page after the whole file has arrived, so a file too big gets that page's
/// message on the form ("must be smaller than 10 MB"). Only a request beyond this ceiling is cut off, with the
/// service's "too big" page.
/// </summary>
public static class UploadLimits
{
    public const int RequestBytes = 100 * 1024 * 1024;

    /// <summary>
    /// How long an upload is kept that was never used: a draft document never sent, a register never imported, a zip of
    /// issued plans' documents never added. The retention job removes it then.
    /// </summary>
    public static readonly TimeSpan UnusedKept = TimeSpan.FromDays(1);
}
