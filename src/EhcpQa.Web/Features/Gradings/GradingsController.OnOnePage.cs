using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Web.Infrastructure.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Features.Gradings;

/// <summary>
/// Grading every section on one page, as a grader used to an authority's audit form works: the same fields and
/// rules as a section's own page, all saved together. The sections given in full are recorded; any with problems
/// are shown again, as typed, with what to put right; sections left blank stay as they are.
/// </summary>
public sealed partial class GradingsController
{
    [HttpGet("all")]
    public async Task<IActionResult> AllSections(int id, CancellationToken cancellationToken)
    {
        var (context, refusal) = await LoadAsync(id, forEditing: true, cancellationToken);
        if (context is null)
        {
            return refusal!;
        }

        if (context.Framework.Scheme == ScoringScheme.Form)
        {
            return RedirectToAction(nameof(TaskList), new { id });
        }

        var form = new AllSectionsForm { ConcurrencyToken = db.ConcurrencyTokenOf(context.Grading) };
        foreach (var section in context.Framework.Sections)
        {
            form.Sections[section.Code.ToString()] = JudgementForm.From(context.Grading.Judgement(section.Code), Guid.Empty);
        }

        return View(await AllSectionsPageAsync(context, form, saved: 0, cancellationToken));
    }

    [HttpPost("all")]
    public async Task<IActionResult> AllSections(int id, [Bind(Prefix = "Form")] AllSectionsForm form, CancellationToken cancellationToken)
    {
        var (context, refusal) = await LoadAsync(id, forEditing: true, cancellationToken);
        if (context is null)
        {
            return refusal!;
        }

        if (context.Framework.Scheme == ScoringScheme.Form)
        {
            return RedirectToAction(nameof(TaskList), new { id });
        }

        var saved = 0;
        if (ModelState.IsValid)
        {
            var grading = context.Grading;
            var judged = grading.JudgeEach(context.Framework, form.Entries(), clock.GetUtcNow());
            foreach (var (section, problems) in judged.Refused)
            {
                // The error summary lists every section's problems together, so each says its section.
                var label = PlanSections.Get(section).Label;
                ModelState.AddProblems(AllSectionsForm.PrefixOf(section), problems.Select(p => p with { Message = $"{label}: {p.Message}" }), JudgementFields.Grade);
            }

            if (judged.Recorded.Count > 0)
            {
                db.ExpectConcurrencyToken(grading, form.ConcurrencyToken);
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    saved = judged.Recorded.Count;
                    logger.LogInformation("Grading {GradingId}: {Count} sections saved on one page by {UserId}", grading.Id, saved, grading.GraderId);
                }
                catch (DbUpdateConcurrencyException)
                {
                    ModelState.AddModelError(AllSectionsForm.PrefixOf(judged.Recorded[0]) + JudgementFields.Grade,
                        "This grading was changed in another window or by someone else while you were working, so nothing on this page has been saved. " +
                        "Your answers are still below: check them and save again.");
                    (context, _) = await LoadAsync(id, forEditing: true, cancellationToken);
                }
            }

            if (ModelState.IsValid)
            {
                if (saved > 0)
                {
                    TempData["Success"] = saved == 1 ? "1 section saved" : $"{saved} sections saved";
                }

                return RedirectToAction(nameof(TaskList), new { id });
            }
        }

        ModelState.Remove($"Form.{nameof(AllSectionsForm.ConcurrencyToken)}");
        form.ConcurrencyToken = db.ConcurrencyTokenOf(context!.Grading);
        return View(await AllSectionsPageAsync(context, form, saved, cancellationToken));
    }

    private async Task<AllSectionsPage> AllSectionsPageAsync(GradingContext context, AllSectionsForm form, int saved, CancellationToken cancellationToken)
    {
        var agreedOver = await AgreedOverAsync(context.Grading, cancellationToken);
        var meanings = JudgingFields.GradeMeaningsOn(context.Framework);
        var sections = new List<SectionOnPage>();
        foreach (var section in context.Framework.Sections.OrderBy(s => s.Code == SectionCode.Overall).ThenBy(s => s.Code))
        {
            var judgement = context.Grading.Judgement(section.Code);
            var sectionForm = form.Sections.TryGetValue(section.Code.ToString(), out var given) ? given : form.Sections[section.Code.ToString()] = new JudgementForm();
            var references = ReferencesFilling(context.Framework, section.Code, sectionForm, agreedOver, fresh: judgement is null);
            sections.Add(new SectionOnPage(
                section,
                section.Code == SectionCode.Overall ? string.Empty : context.PlanVersion.TextOf(section.Code),
                references,
                new JudgingFields(context.Grading.Id, section, judgement?.SuggestedGrade, meanings, OnOnePage: true)
                {
                    Live = section.Code != SectionCode.Overall || context.Grading.Outstanding(context.Framework).All(c => c == SectionCode.Overall),
                }));
        }

        return new AllSectionsPage(context.Grading, context.Subject, context.PlanVersion.Number, sections, form, saved, await ReadingOfAsync(context, cancellationToken));
    }
}
