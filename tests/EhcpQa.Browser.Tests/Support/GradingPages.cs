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

        // The click returns once the section's address is there, perhaps before all its descriptors are.
        await page.ArriveAtAsync(SectionUrl());
        while (SectionUrl().IsMatch(page.Url))
        {
            await check(page, string.Empty);
            var isOverall = page.Url.EndsWith("/Overall", StringComparison.Ordinal);
            foreach (var fieldset in await page.Locator("fieldset:has(input[name^='Form.Answers['])").AllAsync())
            {
                await fieldset.GetByLabel("Yes", new() { Exact = true }).ChooseAsync();
            }

            await page.GetByLabel(isOverall ? overall : sectionGrade, new() { Exact = true }).ChooseAsync();
            await page.GetByLabel("Why does your grade differ from the suggested grade?").FillAsync("The descriptors do not capture the detail of this section.");
            await page.GetByLabel("Areas for improvement").FillAsync("Be specific about who provides what, and how often.");
            if (rationale is not null)
            {
                await page.GetByLabel("Rationale for the grade").FillAsync(rationale);
            }

            var before = page.Url;
            await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).SendWithAsync();

            // A saved section moves on to the next page; wait for it, so the loop never acts on the old one.
            await page.ArriveAtAsync(url => url != before);
            await NoErrorsAsync(page);
        }

        await check(page, "complete");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit grading" }).ClickAsync();
    }

    /// <summary>
    /// From a grading's task list, grades each section not yet graded the way a grader does: every descriptor
    /// Yes, the grade <paramref name="gradeFor"/> gives for the section's code, areas for improvement, and a
    /// reason for departing from the suggested grade only when the page asks for one (as the grade is chosen
    /// where the page says so at once, otherwise after saving); then submits.
    /// </summary>
    public static async Task GradeWhatIsLeftAndSubmitAsync(
        IPage page, Func<string, string> gradeFor, Func<IPage, string, Task> check, Func<string, string>? wordingFor = null)
    {
        await page.ArriveAtAsync(GradingUrl());
        await check(page, string.Empty);
        var toDo = page.Locator(".govuk-task-list__item", new() { HasText = "Not yet graded" });
        if (await toDo.CountAsync() > 0)
        {
            await toDo.First.Locator("a").ClickAsync();

            // The click returns once the section's address is there, perhaps before all its descriptors are.
            await page.ArriveAtAsync(SectionUrl());
        }

        while (SectionUrl().IsMatch(page.Url))
        {
            await check(page, string.Empty);
            var section = page.Url[(page.Url.LastIndexOf('/') + 1)..];
            var grade = gradeFor(section);
            await AnswerAllYesAsync(page.Locator("main"));
            await page.GetByLabel(grade, new() { Exact = true }).ChooseAsync();
            await page.GetByLabel("Areas for improvement").FillAsync("Be specific about who provides what, and how often.");
            if (wordingFor is not null)
            {
                await page.GetByLabel("Suggested wording for the plan writer").FillAsync(wordingFor(section));
            }

            var live = page.Locator("[data-live-suggestion]");
            if (await live.CountAsync() > 0)
            {
                await Assertions.Expect(live).ToContainTextAsync($"You have chosen {grade}");
                if (await live.GetAttributeAsync("data-reason-needed") == "true")
                {
                    await page.GetByLabel("Why does your grade differ from the suggested grade?").FillAsync("The descriptors do not capture the detail of this section.");
                }
            }

            await SaveAsync(page);
            if (await page.Locator(".govuk-error-summary").CountAsync() > 0)
            {
                // Told only on saving that the grade needs a reason: give it and save again.
                await page.GetByLabel("Why does your grade differ from the suggested grade?").FillAsync("The descriptors do not capture the detail of this section.");
                await SaveAsync(page);
            }

            await NoErrorsAsync(page);
        }

        await check(page, "complete");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit grading" }).ClickAsync();
    }

    /// <summary>
    /// From a grading's task list, grades every section on one page the way a grader does: every descriptor Yes,
    /// the grade <paramref name="gradeFor"/> gives for the section's code, areas for improvement, and a reason where
    /// the page asks for one (at once where the grade box says so, otherwise on saving); saves, then submits.
    /// </summary>
    public static async Task GradeOnOnePageAndSubmitAsync(
        IPage page, Func<string, string> gradeFor, Func<IPage, string, Task> check, Func<string, string>? wordingFor = null)
    {
        const string Reason = "The descriptors do not capture the detail of this section.";
        await page.ArriveAtAsync(GradingUrl());
        await check(page, string.Empty);
        await page.GetByRole(AriaRole.Link, new() { Name = "Grade every section on one page" }).ClickAsync();
        await page.ArriveAtAsync(OnePageUrl());
        await check(page, string.Empty);
        foreach (var section in await page.Locator("section.app-section-on-page").AllAsync())
        {
            var code = (await section.GetAttributeAsync("aria-labelledby"))!["section-".Length..];
            var grade = gradeFor(code);
            await AnswerAllYesAsync(section);
            await section.GetByLabel(grade, new() { Exact = true }).ChooseAsync();
            await section.GetByLabel("Areas for improvement").FillAsync("Be specific about who provides what, and how often.");
            if (wordingFor is not null)
            {
                await section.GetByLabel("Suggested wording for the plan writer").FillAsync(wordingFor(code));
            }

            var live = section.Locator("[data-live-suggestion]");
            if (await live.CountAsync() > 0)
            {
                await Assertions.Expect(live).ToContainTextAsync($"You have chosen {grade}");
                if (await live.GetAttributeAsync("data-reason-needed") == "true")
                {
                    await section.GetByLabel("Why does your grade differ from the suggested grade?").FillAsync(Reason);
                }
            }
        }

        await SaveAsync(page, "Save every section");
        var asked = page.Locator(".govuk-form-group--error textarea[name$='.OverrideReason']");
        if (await asked.CountAsync() > 0)
        {
            // Told only on saving that a grade needs a reason (the plan overall, whose suggestion rests on the
            // sections' saved grades): give it where asked and save again.
            foreach (var reason in await asked.AllAsync())
            {
                await reason.FillAsync(Reason);
            }

            await SaveAsync(page, "Save every section");
        }

        await NoErrorsAsync(page);
        await page.ArriveAtAsync(GradingUrl());
        await check(page, "complete");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit grading" }).ClickAsync();
    }

    /// <summary>
    /// Answers every descriptor Yes and, where the grade box follows the answers, waits until it has taken in the last
    /// of them: its text changes as each reply comes, moving the grades below it, so a grade chosen while a reply is
    /// on its way can be missed. (Answers already given, as an agreed grade starts with, send nothing.)
    /// </summary>
    private static async Task AnswerAllYesAsync(ILocator area)
    {
        var changed = false;
        foreach (var fieldset in await area.Locator("fieldset:has(input[name*='Answers['])").AllAsync())
        {
            var yes = fieldset.GetByLabel("Yes", new() { Exact = true });
            if (!await yes.IsCheckedAsync())
            {
                await yes.ChooseAsync();
                changed = true;
            }
        }

        var live = area.Locator("[data-live-suggestion]");
        if (changed && await live.CountAsync() > 0)
        {
            await Assertions.Expect(live).ToContainTextAsync("Your answers suggest");
        }
    }

    /// <summary>Fails, saying what the page said, when the page shows an error summary.</summary>
    private static async Task NoErrorsAsync(IPage page)
    {
        var summary = page.Locator(".govuk-error-summary");
        if (await summary.CountAsync() > 0)
        {
            Assert.Fail($"{page.Url} answered with errors: {await summary.InnerTextAsync()}");
        }
    }

    /// <summary>Saves the section and waits for whatever page answers (the next one, or this one with its errors).</summary>
    private static async Task SaveAsync(IPage page, string button = "Save and continue")
    {
        // The old page is marked, so the wait is for a new document, whatever its address.
        await page.EvaluateAsync("() => { window.leavingThisPage = true }");
        await page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
        await page.WaitForFunctionAsync("() => window.leavingThisPage !== true && document.querySelector('.govuk-footer') !== null");
    }

    [GeneratedRegex("/gradings/[0-9]+$")]
    private static partial Regex GradingUrl();

    [GeneratedRegex("/gradings/[0-9]+/all$")]
    private static partial Regex OnePageUrl();

    [GeneratedRegex("/gradings/[0-9]+/sections/")]
    private static partial Regex SectionUrl();
}
