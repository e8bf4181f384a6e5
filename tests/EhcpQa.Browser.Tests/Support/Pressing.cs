using Microsoft.Playwright;

namespace EhcpQa.Browser.Tests.Support;

/// <summary>
/// Sending a form from a page whose live suggestion (a grade worked out as answers are chosen) may still be moving it:
/// the button is pressed with Enter, as a keyboard user sends it, rather than clicked. A click lands where the button
/// was when Playwright measured it, and a page that moved in between took the click elsewhere, leaving the form unsent.
/// </summary>
public static class Pressing
{
    public static Task SendWithAsync(this ILocator button)
    {
        ArgumentNullException.ThrowIfNull(button);
        return button.PressAsync("Enter");
    }
}
