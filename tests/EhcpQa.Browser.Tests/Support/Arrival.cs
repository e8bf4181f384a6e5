using Microsoft.Playwright;

namespace EhcpQa.Browser.Tests.Support;

/// <summary>
/// Waiting for a page after a click: its address, then its whole document (the footer, the last part of
/// every page, is there). Waiting for elements rather than load states: a load state reached just as the
/// wait began was sometimes never seen on a loaded machine, and the wait ran to its limit.
/// </summary>
public static class Arrival
{
    public static async Task ArriveAtAsync(this IPage page, string urlGlob)
    {
        await page.WaitForURLAsync(urlGlob, new() { WaitUntil = WaitUntilState.Commit });
        await WholeAsync(page);
    }

    public static async Task ArriveAtAsync(this IPage page, System.Text.RegularExpressions.Regex url)
    {
        await page.WaitForURLAsync(url, new() { WaitUntil = WaitUntilState.Commit });
        await WholeAsync(page);
    }

    public static async Task ArriveAtAsync(this IPage page, Func<string, bool> url)
    {
        await page.WaitForURLAsync(url, new() { WaitUntil = WaitUntilState.Commit });
        await WholeAsync(page);
    }

    private static Task WholeAsync(IPage page) =>
        page.Locator(".govuk-footer").First.WaitForAsync(new() { State = WaitForSelectorState.Attached });
}
