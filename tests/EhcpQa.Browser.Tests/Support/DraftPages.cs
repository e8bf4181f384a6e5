using System.Text.RegularExpressions;
using EhcpQa.Domain.Frameworks;
using Microsoft.Playwright;

namespace EhcpQa.Browser.Tests.Support;

/// <summary>Sends a draft for sign-off in the browser, from the plan's page.</summary>
public static partial class DraftPages
{
    /// <summary>
    /// From the plan's page, opens the draft form, writes every section but I (with <paramref name="marker"/>) and
    /// sends it. <paramref name="check"/> runs on each page on the way (for axe).
    /// </summary>
    public static async Task SubmitDraftAsync(IPage caseworker, string marker, Func<IPage, string, Task> check)
    {
        await caseworker.GetByRole(AriaRole.Button, new() { NameRegex = SendDraft() }).ClickAsync();
        await check(caseworker, string.Empty);
        foreach (var section in PlanSections.Statutory.Where(s => s.Code != SectionCode.I))
        {
            await caseworker.Locator($"#Form_{section.Code}").FillAsync($"{marker} Text of section {section.Code}.");
        }

        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Send for sign-off" }).ClickAsync();
        await Assertions.Expect(caseworker.Locator(".govuk-notification-banner")).ToContainTextAsync("has been sent for sign-off");
        await check(caseworker, "sent");
    }

    /// <summary>From the plan's page, opens the draft form (filled in with the last version), rewrites one section and sends it.</summary>
    public static async Task ReviseSectionAsync(IPage caseworker, string section, string text, Func<IPage, string, Task> check)
    {
        await caseworker.GetByRole(AriaRole.Button, new() { NameRegex = SendDraft() }).ClickAsync();
        await check(caseworker, string.Empty);
        await caseworker.Locator($"#Form_{section}").FillAsync(text);
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Send for sign-off" }).ClickAsync();
        await Assertions.Expect(caseworker.Locator(".govuk-notification-banner")).ToContainTextAsync("has been sent for sign-off");
        await check(caseworker, "sent");
    }

    [GeneratedRegex("^Send (the draft|a new version|the amended plan) for sign-off$")]
    private static partial Regex SendDraft();
}
