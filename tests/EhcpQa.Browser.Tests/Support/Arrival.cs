using Microsoft.Playwright;

namespace EhcpQa.Browser.Tests.Support;

/// <summary>
/// Waiting for a page after a click: its address, then its whole document (the footer, the last part of
/// every page, is there). Waiting for elements rather than load states: a load state reached just as the
/// wait began was sometimes never seen on a loaded machine, and the wait ran to its limit. A page never reached
/// fails naming the page the browser is on and what its error summary says, if it has one.
/// </summary>
public static class Arrival
{
    public static async Task ArriveAtAsync(this IPage page, string urlGlob)
    {
        await WhereItStoppedAsync(page, urlGlob, () => page.WaitForURLAsync(urlGlob, new() { WaitUntil = WaitUntilState.Commit }));
        await WholeAsync(page);
    }

    public static async Task ArriveAtAsync(this IPage page, System.Text.RegularExpressions.Regex url)
    {
        ArgumentNullException.ThrowIfNull(url);
        await WhereItStoppedAsync(page, url.ToString(), () => page.WaitForURLAsync(url, new() { WaitUntil = WaitUntilState.Commit }));
        await WholeAsync(page);
    }

    public static async Task ArriveAtAsync(this IPage page, Func<string, bool> url)
    {
        await WhereItStoppedAsync(page, "the address asked for", () => page.WaitForURLAsync(url, new() { WaitUntil = WaitUntilState.Commit }));
        await WholeAsync(page);
    }

    private static async Task WhereItStoppedAsync(IPage page, string wanted, Func<Task> wait)
    {
        ArgumentNullException.ThrowIfNull(page);
        try
        {
            await wait();
        }
        catch (TimeoutException timeout)
        {
            var summary = page.Locator(".govuk-error-summary");
            var refusal = await summary.CountAsync() > 0 ? await summary.First.InnerTextAsync() : "no error summary";
            throw new TimeoutException($"Never reached {wanted}: the browser is on {page.Url} ({refusal.ReplaceLineEndings(" ")})", timeout);
        }
    }

    private static Task WholeAsync(IPage page) =>
        page.Locator(".govuk-footer").First.WaitForAsync(new() { State = WaitForSelectorState.Attached });
}
