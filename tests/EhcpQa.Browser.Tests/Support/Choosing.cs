using Microsoft.Playwright;

namespace EhcpQa.Browser.Tests.Support;

/// <summary>
/// A radio or checkbox chosen as a person chooses it, steady when the page moves under the pointer: a grading page's live
/// suggestion may lengthen a line above the choices while a click is on its way, so a click that lands beside its choice is
/// tried again once the page has settled, as a person would click again.
/// </summary>
public static class Choosing
{
    private const int Attempts = 4;

    public static async Task ChooseAsync(this ILocator choice)
    {
        ArgumentNullException.ThrowIfNull(choice);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await choice.CheckAsync();
                return;
            }
            catch (PlaywrightException missed) when (attempt < Attempts && missed.Message.Contains("did not change its state", StringComparison.Ordinal))
            {
                await choice.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            }
        }
    }
}
