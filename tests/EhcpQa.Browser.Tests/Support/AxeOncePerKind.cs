using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace EhcpQa.Browser.Tests.Support;

/// <summary>Runs axe once for each kind of page a journey visits: its path with numbers taken out, and the state it is in.</summary>
public sealed partial class AxeOncePerKind
{
    private readonly HashSet<string> _checked = [];

    public async Task CheckAsync(IPage page, string state = "")
    {
        ArgumentNullException.ThrowIfNull(page);
        var kind = Numbers().Replace(new Uri(page.Url).AbsolutePath, "{n}") + state;
        if (_checked.Add(kind))
        {
            await page.AssertNoAxeViolationsAsync();
        }
    }

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Numbers();
}
