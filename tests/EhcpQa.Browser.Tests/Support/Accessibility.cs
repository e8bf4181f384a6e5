using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace EhcpQa.Browser.Tests.Support;

public static class Accessibility
{
    /// <summary>Runs axe on the page as it is now and fails with every violation listed.</summary>
    public static async Task AssertNoAxeViolationsAsync(this IPage page)
    {
        var result = await page.RunAxe();
        var violations = result.Violations
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))}")
            .ToList();
        Assert.True(violations.Count == 0, $"axe found violations on {page.Url}:\n{string.Join("\n", violations)}");
    }
}
