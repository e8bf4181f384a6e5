using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace EhcpQa.Browser.Tests.Support;

/// <summary>Fills in a grading in the browser, whatever its purpose: every section from the task list, then submits.</summary>
public static partial class GradingPages
{
    /// <summary>
    /// From a grading's task list, grades every section (all descriptors Yes) at <paramref name="sectionGrade"/>
    /// and the plan overall at <paramref name="overall"/>, with commentary (and a rationale when given), then
    /// submits. <paramref name="check"/> runs on each page on the way (for axe).
    /// </summary>
    public static async Task GradeAndSubmitAsync(IPage page, string sectionGrade, string overall, Func<IPage, string, Task> check, string? rationale = null)
    {
        await page.ArriveAtAsync(GradingUrl());
        await check(page, string.Empty);
        await page.Locator(".govuk-task-list__link").First.ClickAsync();
        while (SectionUrl().IsMatch(page.Url))
        {
            await check(page, string.Empty);
            var isOverall = page.Url.EndsWith("/Overall", StringComparison.Ordinal);
            foreach (var fieldset in await page.Locator("fieldset:has(input[name^='Form.Answers['])").AllAsync())
            {
                await fieldset.GetByLabel("Yes", new() { Exact = true }).CheckAsync();
            }

            await page.GetByLabel(isOverall ? overall : sectionGrade, new() { Exact = true }).CheckAsync();
            await page.GetByLabel("Why does your grade differ from the suggested grade?").FillAsync("The descriptors do not capture the detail of this section.");
            await page.GetByLabel("Areas for improvement").FillAsync("Be specific about who provides what, and how often.");
            if (rationale is not null)
            {
                await page.GetByLabel("Rationale for the grade").FillAsync(rationale);
            }

            var before = page.Url;
            await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();

            // A saved section moves on to the next page; wait for it, so the loop never acts on the old one.
            await page.ArriveAtAsync(url => url != before);
            Assert.Equal(0, await page.Locator(".govuk-error-summary").CountAsync());
        }

        await check(page, "complete");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit grading" }).ClickAsync();
    }

    [GeneratedRegex("/gradings/[0-9]+$")]
    private static partial Regex GradingUrl();

    [GeneratedRegex("/gradings/[0-9]+/sections/")]
    private static partial Regex SectionUrl();
}
