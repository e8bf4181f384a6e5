using Microsoft.Playwright;

namespace EhcpQa.Browser.Tests.Support;

/// <summary>WCAG 1.4.10 reflow: at 320 CSS pixels wide a page reads without scrolling sideways.</summary>
public static class Reflow
{
    /// <summary>The narrowest width a page must reflow to (WCAG 1.4.10).</summary>
    public const int NarrowestWidth = 320;

    /// <summary>Fails when the page as it is now is wider than the window, naming the elements that stick out.</summary>
    public static async Task AssertNoSidewaysScrollingAsync(this IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        if (widths[0] <= widths[1])
        {
            return;
        }

        var wide = await page.EvaluateAsync<string[]>(
            """
            () => [...document.querySelectorAll('body *')]
              .filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5)
              .slice(0, 15)
              .map(e => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : ''} (right edge ${Math.round(e.getBoundingClientRect().right)})`)
            """);
        Assert.Fail($"{page.Url} is {widths[0]}px wide in a {widths[1]}px window, so it scrolls sideways. Wider than the window:\n{string.Join("\n", wide)}");
    }
}
