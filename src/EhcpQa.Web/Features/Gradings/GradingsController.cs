using EhcpQa.Domain;
using EhcpQa.Domain.DraftChecks;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Moderation;
using EhcpQa.Domain.Plans;
using EhcpQa.Web.Features.DraftChecks;
using EhcpQa.Web.Infrastructure.Authorization;
using EhcpQa.Web.Infrastructure.Forms;
using EhcpQa.Web.Infrastructure.Security;
using EhcpQa.Web.Persistence;
using EhcpQa.Web.Persistence.Frameworks;
using EhcpQa.Web.Persistence.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Features.Gradings;

/// <summary>
/// Filling in a grading, whatever its purpose (sign-off, second opinion, agreed grade, moderation, agreed
/// panel grade): a task list of the framework's sections, one page per section (saved as each is
/// finished, so closing the browser loses nothing), and submitting. Only the grader edits a grading; who
/// may read it follows the rules of its purpose. Moderation gradings show the plan by its session code.
/// </summary>
[Authorize(Policy = Policies.Grading)]
[ChildRecordPages]
[Route("gradings/{id:int}")]
public sealed partial class GradingsController(
    EhcpQaDbContext db, LockedFrameworkVersions frameworks, DraftCheckWordingStore wording, TimeProvider clock, ILogger<GradingsController> logger) : Controller
{
    private const string FormPrefix = "Form.";

    [HttpGet("")]
    public async Task<IActionResult> TaskList(int id, CancellationToken cancellationToken)
    {
        var (context, refusal) = await LoadAsync(id, forEditing: false, cancellationToken);
        if (context is null)
        {
            return refusal!;
        }

        if (context.Grading.IsSubmitted || context.Grading.GraderId != User.ToActor().UserId)
        {
            return RedirectToAction(nameof(Summary), new { id });
        }

        return await TaskListViewAsync(context, cancellationToken);
    }

    [HttpGet("sections/{code}")]
    public async Task<IActionResult> Section(int id, string code, CancellationToken cancellationToken)
    {
        if (!PlanSections.TryParse(code, out var section))
        {
            return NotFound();
        }

        var (context, refusal) = await LoadAsync(id, forEditing: true, cancellationToken);
        if (context is null)
        {
            return refusal!;
        }

        if (context.Framework.Scheme == ScoringScheme.Form)
        {
            return RedirectToAction(nameof(Part), new { id, code });
        }

        var judgement = context.Grading.Judgement(section);
        return View(await PageForAsync(context, section, JudgementForm.From(judgement, db.ConcurrencyTokenOf(context.Grading)), cancellationToken, fresh: judgement is null));
    }

    [HttpPost("sections/{code}")]
    public async Task<IActionResult> Section(int id, string code, [Bind(Prefix = "Form")] JudgementForm form, CancellationToken cancellationToken)
    {
        if (!PlanSections.TryParse(code, out var section))
        {
            return NotFound();
        }

        var (context, refusal) = await LoadAsync(id, forEditing: true, cancellationToken);
        if (context is null)
        {
            return refusal!;
        }

        if (context.Framework.Scheme == ScoringScheme.Form)
        {
            return RedirectToAction(nameof(Part), new { id, code });
        }

        var grading = context.Grading;
        var answers = form.GivenAnswers();
        Grade? grade = Grade.TryFromValue(form.Grade, out var chosen) ? chosen : null;
        ModelState.AddProblems(FormPrefix, grading.ProblemsWith(context.Framework, section, answers, grade, form.Commentary()), JudgementFields.Grade);

        if (ModelState.IsValid)
        {
            grading.Judge(context.Framework, section, answers, grade!.Value, form.Commentary(), clock.GetUtcNow());
            db.ExpectConcurrencyToken(grading, form.ConcurrencyToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                logger.LogInformation("Grading {GradingId} section {Section} saved by {UserId}", grading.Id, section, grading.GraderId);
                TempData["Success"] = $"{PlanSections.Get(section).Label} saved";
                // On to the next section still to do, in plan order; the plan overall comes last.
                var outstanding = grading.Outstanding(context.Framework);
                var next = outstanding.Where(c => c != SectionCode.Overall).Append(SectionCode.Overall).First();
                return outstanding.Contains(next)
                    ? RedirectToAction(nameof(Section), new { id, code = next.ToString() })
                    : RedirectToAction(nameof(TaskList), new { id });
            }
            catch (DbUpdateConcurrencyException)
            {
                ModelState.AddModelError(FormPrefix + "Grade",
                    "This grading was changed in another window or by someone else while you were working, so this section has not been saved. " +
                    "Your answers are still below: check them and save again.");
                (context, _) = await LoadAsync(id, forEditing: true, cancellationToken);
                ModelState.Remove(FormPrefix + nameof(JudgementForm.ConcurrencyToken));
                form.ConcurrencyToken = db.ConcurrencyTokenOf(context!.Grading);
            }
        }

        return View(await PageForAsync(context!, section, form, cancellationToken));
    }

    /// <summary>
    /// The grade a section's answers suggest as the grader answers, for the page's script (the page works
    /// without it: the suggestion is then given on saving). Says when the chosen grade needs a reason.
    /// </summary>
    [HttpGet("sections/{code}/suggestion")]
    public async Task<IActionResult> SectionSuggestion(int id, string code, [Bind(Prefix = "Form")] JudgementForm form, CancellationToken cancellationToken)
    {
        if (!PlanSections.TryParse(code, out var section))
        {
            return NotFound();
        }

        var (context, refusal) = await LoadAsync(id, forEditing: true, cancellationToken);
        if (context is null || context.Framework.Scheme == ScoringScheme.Form)
        {
            return refusal ?? NotFound();
        }

        var answers = form.GivenAnswers();
        var descriptors = context.Framework.Section(section).Descriptors.Count;
        Grade? grade = Grade.TryFromValue(form.Grade, out var chosen) ? chosen : null;
        var suggestion = context.Grading.SuggestionFor(context.Framework, section, answers);
        var reason = context.Grading.ProblemsWith(context.Framework, section, answers, grade, form.Commentary())
            .FirstOrDefault(p => p.Field == JudgementFields.OverrideReason)?.Message;
        return Json(LiveSuggestion.For(suggestion.ToString(), answers.Count, descriptors, grade?.ToString(), reason));
    }

    /// <summary>The grade (or points) a form part's answers come to as the grader answers, for the page's script.</summary>
    [HttpGet("parts/{code}/suggestion")]
    public async Task<IActionResult> PartSuggestion(int id, string code, [Bind(Prefix = "Form")] PartJudgementForm form, CancellationToken cancellationToken)
    {
        var (context, refusal) = await LoadAsync(id, forEditing: true, cancellationToken);
        if (context is null)
        {
            return refusal!;
        }

        if (PartOf(context, code) is not { } part)
        {
            return NotFound();
        }

        var framework = context.Framework.Form!;
        var answers = form.GivenAnswers();
        var scored = part.Items.Where(i => framework.Scale(i.Answers)?.Kind != Domain.Frameworks.Forms.AnswerKind.Text).ToList();
        var answered = scored.Count(i => answers.ContainsKey(i.Code));
        var suggestion = context.Grading.SuggestionForPart(framework, part.Code, answers) is { } value ? FormWording.GradeOf(framework, value) : null;
        var points = framework.ScorePart(part, answers).Points;
        var reason = context.Grading.ProblemsWithPart(context.Framework, part.Code, answers, form.Grade, form.Rating, form.Commentary())
            .FirstOrDefault(p => p.Field == JudgementFields.OverrideReason)?.Message;
        var chosen = form.Grade is null ? null : FormWording.GradeOf(framework, form.Grade);
        return Json(suggestion is null && points.Available > 0
            ? LiveSuggestion.ForPoints(points.ToString(), answered, scored.Count)
            : LiveSuggestion.For(suggestion, answered, scored.Count, chosen, reason));
    }

    [HttpPost("submit")]
    public async Task<IActionResult> Submit(int id, Guid concurrencyToken, CancellationToken cancellationToken)
    {
        var (context, refusal) = await LoadAsync(id, forEditing: true, cancellationToken);
        if (context is null)
        {
            return refusal!;
        }

        try
        {
            if (context.Advice is { } advice)
            {
                advice.SubmitAudit(context.Grading, context.Framework, User.ToActor(), clock.GetUtcNow());
            }
            else
            {
                context.Plan.SubmitGrading(context.Grading, context.Framework, context.Session, User.ToActor(), clock.GetUtcNow());
            }

            db.ExpectConcurrencyToken(context.Grading, concurrencyToken);
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Grading {GradingId} ({Purpose}) submitted by {UserId}: passes the bar {PassesBar}",
                id, context.Grading.Purpose, context.Grading.GraderId, context.Grading.PassesBar);
            TempData["Success"] = context.Grading.Purpose switch
            {
                GradingPurpose.PanelAgreement => $"The agreed grade has been recorded: overall {context.Grading.Result}",
                GradingPurpose.AdviceAudit => $"Your audit of the advice has been submitted: {context.Grading.Result ?? context.Grading.PointsOnForm.ToString()}",
                _ => $"Your grading has been submitted: overall {context.Grading.Result}",
            };
            return Redirect(context.Subject.BackHref);
        }
        catch (DomainRuleException refused)
        {
            ModelState.AddProblems(string.Empty, refused.Problems, string.Empty);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, "This grading was changed in another window while you were looking at it. Check the sections below, then submit again.");
            (context, _) = await LoadAsync(id, forEditing: true, cancellationToken);
        }

        return await TaskListViewAsync(context!, cancellationToken);
    }

    /// <summary>An agreed grade records, in one step, every section where the gradings being agreed gave the same grade.</summary>
    [HttpPost("take-agreed")]
    public Task<IActionResult> TakeAgreed(int id, Guid concurrencyToken, CancellationToken cancellationToken) =>
        TakeInOneStepAsync(id, concurrencyToken, async (context, at) =>
        {
            var over = (await AgreedOverAsync(context.Grading, cancellationToken)).Select(o => o.Grading).ToList();
            var taken = context.Grading.TakeWhereAgreed(context.Framework, over, at);
            return taken.Count == 0
                ? "No section could be recorded in one step: grade each one below"
                : $"Recorded the {SideBySide.SectionsInWords(taken.Count)} where the gradings agree";
        }, cancellationToken);

    /// <summary>The first grading of a resubmitted draft keeps, in one step, the grades of the sections the caseworker did not change.</summary>
    [HttpPost("keep-earlier")]
    public Task<IActionResult> KeepEarlier(int id, Guid concurrencyToken, CancellationToken cancellationToken) =>
        TakeInOneStepAsync(id, concurrencyToken, async (context, at) =>
        {
            if (await EarlierAsync(context, cancellationToken) is not { } earlier)
            {
                throw new DomainRuleException("There are no grades from an earlier version of this draft to keep.");
            }

            var kept = context.Grading.KeepFromEarlierVersion(context.Framework, earlier.Grading, earlier.Unchanged, at);
            return $"Kept the grades of the {SideBySide.SectionsInWords(kept.Count)} unchanged since version {earlier.VersionNumber}";
        }, cancellationToken);

    private async Task<IActionResult> TakeInOneStepAsync(
        int id, Guid concurrencyToken, Func<GradingContext, DateTimeOffset, Task<string>> take, CancellationToken cancellationToken)
    {
        var (context, refusal) = await LoadAsync(id, forEditing: true, cancellationToken);
        if (context is null)
        {
            return refusal!;
        }

        try
        {
            var done = await take(context, clock.GetUtcNow());
            db.ExpectConcurrencyToken(context.Grading, concurrencyToken);
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Grading {GradingId} ({Purpose}) took sections in one step by {UserId}", id, context.Grading.Purpose, context.Grading.GraderId);
            TempData["Success"] = done;
            return RedirectToAction(nameof(TaskList), new { id });
        }
        catch (DomainRuleException refused)
        {
            ModelState.AddProblems(string.Empty, refused.Problems, string.Empty);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, "This grading was changed in another window while you were looking at it, so nothing has been recorded. Check the sections below and try again.");
        }

        (context, _) = await LoadAsync(id, forEditing: true, cancellationToken);
        return await TaskListViewAsync(context!, cancellationToken);
    }

    [HttpGet("summary")]
    public async Task<IActionResult> Summary(int id, CancellationToken cancellationToken)
    {
        var (context, refusal) = await LoadAsync(id, forEditing: false, cancellationToken);
        if (context is null)
        {
            return refusal!;
        }

        var grader = await StaffNames.NameOfAsync(db, context.Grading.GraderId, cancellationToken);
        return View(new GradingReadout(context.Grading, grader, context.Subject.PlanLabel, context.Plan.Id, context.Version?.Number ?? 0, context.Framework)
        {
            Back = context.Subject,
        });
    }

    [HttpGet("parts/{code}")]
    public async Task<IActionResult> Part(int id, string code, CancellationToken cancellationToken)
    {
        var (context, refusal) = await LoadAsync(id, forEditing: true, cancellationToken);
        if (context is null)
        {
            return refusal!;
        }

        if (PartOf(context, code) is not { } part)
        {
            return NotFound();
        }

        var saved = context.Grading.Part(part.Code);
        return View(await PartPageForAsync(context, part, PartJudgementForm.From(saved, db.ConcurrencyTokenOf(context.Grading)), cancellationToken, fresh: saved is null));
    }

    [HttpPost("parts/{code}")]
    public async Task<IActionResult> Part(int id, string code, [Bind(Prefix = "Form")] PartJudgementForm form, CancellationToken cancellationToken)
    {
        var (context, refusal) = await LoadAsync(id, forEditing: true, cancellationToken);
        if (context is null)
        {
            return refusal!;
        }

        if (PartOf(context, code) is not { } part)
        {
            return NotFound();
        }

        var grading = context.Grading;
        var answers = form.GivenAnswers();

        // A problem with the part as a whole goes beside its grade where the grader chooses one, else beside the first comment box (every part has one).
        var wholePart = context.Framework.Form!.RuleFor(part.Code).Mode == Domain.Frameworks.Forms.GradeMode.Chosen ? JudgementFields.Grade : nameof(PartJudgementForm.Strengths);
        ModelState.AddProblems(FormPrefix, grading.ProblemsWithPart(context.Framework, part.Code, answers, form.Grade, form.Rating, form.Commentary()), wholePart);
        if (ModelState.IsValid)
        {
            grading.JudgePart(context.Framework, part.Code, answers, form.Grade, form.Rating, form.Commentary(), clock.GetUtcNow());
            db.ExpectConcurrencyToken(grading, form.ConcurrencyToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                logger.LogInformation("Grading {GradingId} part {Part} saved by {UserId}", grading.Id, part.Code, grading.GraderId);
                TempData["Success"] = $"{FormWording.HeadingOf(part)} saved";
                // On to the next part still to do, in the form's order (the overall part is last).
                var outstanding = grading.OutstandingParts(context.Framework.Form!);
                return outstanding.Count == 0
                    ? RedirectToAction(nameof(TaskList), new { id })
                    : RedirectToAction(nameof(Part), new { id, code = outstanding[0].Code });
            }
            catch (DbUpdateConcurrencyException)
            {
                ModelState.AddModelError(FormPrefix + wholePart,
                    "This grading was changed in another window or by someone else while you were working, so this part has not been saved. " +
                    "Your answers are still below: check them and save again.");
                (context, _) = await LoadAsync(id, forEditing: true, cancellationToken);
                ModelState.Remove(FormPrefix + nameof(PartJudgementForm.ConcurrencyToken));
                form.ConcurrencyToken = db.ConcurrencyTokenOf(context!.Grading);
            }
        }

        return View(await PartPageForAsync(context!, part, form, cancellationToken));
    }

    private static Domain.Frameworks.Forms.FormSection? PartOf(GradingContext context, string code) =>
        context.Framework is { Scheme: ScoringScheme.Form, Form: { } form }
            ? Grading.PartsToJudge(form).FirstOrDefault(p => string.Equals(p.Code, code, StringComparison.Ordinal))
            : null;

    /// <summary>
    /// A part's page. A <paramref name="fresh"/> part of an agreed grade (nothing saved yet) starts with the
    /// answers every grading being agreed gave alike.
    /// </summary>
    private async Task<PartPage> PartPageForAsync(
        GradingContext context, Domain.Frameworks.Forms.FormSection part, PartJudgementForm form, CancellationToken cancellationToken, bool fresh = false)
    {
        var grading = context.Grading;
        var references = (await AgreedOverAsync(grading, cancellationToken))
            .Where(o => o.Grading.Part(part.Code) is not null)
            .Select(o => new ReferencePart(o.Who, o.Grading.Purpose, o.Grading.Part(part.Code)!))
            .ToList();
        foreach (var item in part.Items)
        {
            var alike = references.Select(r => r.Judgement.AnswerTo(item.Code)).Distinct(StringComparer.Ordinal).ToList();
            form.Answers.TryAdd(item.Code, fresh && references.Count > 1 && alike.Count == 1 ? alike[0] : null);
        }

        // The text judged beside the part: the advice's; the draft's own section where the part is one of the plan's sections, otherwise the whole draft.
        var draft = context.Version is null
            ? [("The advice", context.Advice?.PastedText ?? string.Empty)]
            : PlanSections.TryParse(part.Code, out var planSection) && planSection != SectionCode.Overall
            ? [(PlanSections.Get(planSection).Label, context.Version.TextOf(planSection))]
            : PlanSections.Statutory
                .Select(s => (s.Label, context.Version.TextOf(s.Code)))
                .Where(s => !string.IsNullOrWhiteSpace(s.Item2))
                .ToList();
        return new PartPage(grading, context.Subject.PlanLabel, context.Version?.Number ?? 0, context.Framework.Form!, part, draft,
            form, grading.Part(part.Code), references)
        {
            Subject = context.Subject,
        };
    }

    private async Task<ViewResult> TaskListViewAsync(GradingContext context, CancellationToken cancellationToken)
    {
        var start = await StartingPointAsync(context, cancellationToken);
        var thread = (await ReadingOfAsync(context, cancellationToken)).Thread;
        if (context.Framework is not { Scheme: ScoringScheme.Form, Form: { } form })
        {
            return View(nameof(TaskList), TaskListFor(context) with { Start = start, Thread = thread });
        }

        var grading = context.Grading;
        var sectionsDone = form.Sections.All(s => grading.Part(s.Code) is not null);
        var rows = Grading.PartsToJudge(form)
            .Select(p => new FormTaskListRow(p, grading.Part(p.Code), p.Code != Domain.Frameworks.Forms.OverallPart.Code || sectionsDone))
            .ToList();
        return View("FormTaskList", new FormTaskList(grading, context.Subject.PlanLabel, context.Version?.Number ?? 0,
            $"{context.Framework.Title} (version {context.Framework.Number})", form, rows, db.ConcurrencyTokenOf(grading), context.Subject)
        {
            Start = start,
            Thread = thread,
        });
    }

    /// <summary>What this grading can take in one step: the gradings it agrees, side by side, or the grades of sections unchanged since the last decision.</summary>
    private async Task<StartingPoint?> StartingPointAsync(GradingContext context, CancellationToken cancellationToken)
    {
        var grading = context.Grading;
        var framework = context.Framework;
        var headings = framework is { Scheme: ScoringScheme.Form, Form: { } form }
            ? Grading.PartsToJudge(form).ToDictionary(p => p.Code, FormWording.HeadingOf, StringComparer.Ordinal)
            : framework.Sections.ToDictionary(s => s.Code.ToString(), s => s.Heading, StringComparer.Ordinal);
        string ResultOf(Grading g, string code) => framework is { Scheme: ScoringScheme.Form, Form: { } f }
            ? g.Part(code) is { } part ? FormWording.ResultOf(f, part) : "Not judged"
            : g.Judgement(Enum.Parse<SectionCode>(code))?.Grade.ToString() ?? "Not graded";
        bool IsRecorded(string code) => framework.Scheme == ScoringScheme.Form
            ? grading.Part(code) is not null
            : grading.Judgement(Enum.Parse<SectionCode>(code)) is not null;

        SideBySide? together = null;
        if (grading.Purpose.IsAgreement())
        {
            var over = await AgreedOverAsync(grading, cancellationToken);
            var gradings = over.Select(o => o.Grading).ToList();
            var agreed = Grading.WhereAgreed(framework, gradings).ToHashSet(StringComparer.Ordinal);

            // What one step would record now, worked out on a copy that is never saved, so the page promises exactly that.
            var copy = await db.Gradings.AsNoTracking().SingleAsync(g => g.Id == grading.Id, cancellationToken);
            var takeable = copy.TakeWhereAgreed(framework, gradings, clock.GetUtcNow()).Count;
            together = new SideBySide(
                over.Select(o => o.Who).ToList(),
                headings.Select(h => new SideBySideRow(h.Value, over.Select(o => ResultOf(o.Grading, h.Key)).ToList(), agreed.Contains(h.Key), IsRecorded(h.Key))).ToList(),
                takeable);
        }

        EarlierGrades? earlierGrades = null;
        if (await EarlierAsync(context, cancellationToken) is { } earlier)
        {
            var keepable = grading.KeepableFromEarlierVersion(framework, earlier.Grading, earlier.Unchanged);
            earlierGrades = new EarlierGrades(earlier.VersionNumber, keepable.Select(c => $"{headings[c]}: {ResultOf(earlier.Grading, c)}").ToList());
        }

        return together is null && earlierGrades is null ? null : new StartingPoint(grading.Id, db.ConcurrencyTokenOf(grading), together, earlierGrades);
    }

    /// <summary>
    /// For the first grading of a resubmitted draft: the grading the version before's decision rested on (when
    /// made against the same framework version), and the sections unchanged since it. None otherwise.
    /// </summary>
    private async Task<(Grading Grading, int VersionNumber, IReadOnlySet<SectionCode> Unchanged)?> EarlierAsync(GradingContext context, CancellationToken cancellationToken)
    {
        // A second opinion or panel grading never keeps earlier grades, so it asks nothing of the database.
        if (context.Grading.Purpose != GradingPurpose.SignOff
            || context.Version is null
            || context.Plan.Versions.Where(v => v.Number < context.Version.Number).MaxBy(v => v.Number) is not { } earlierVersion)
        {
            return null;
        }

        var gradings = await db.Gradings.AsNoTracking()
            .Where(g => g.PlanVersionId == earlierVersion.Id && g.PanelSessionId == null && g.SubmittedAt != null)
            .ToListAsync(cancellationToken);
        return earlierVersion.DecisiveGrading(gradings) is { } decisive && context.Grading.MayKeepFrom(decisive)
            ? (decisive, earlierVersion.Number, context.Version.SectionsUnchangedSince(earlierVersion))
            : null;
    }

    private GradingTaskList TaskListFor(GradingContext context)
    {
        var statutoryDone = PlanSections.Statutory.All(s => context.Grading.Judgement(s.Code) is not null);
        var rows = context.Framework.Sections
            .Select(s => new TaskListRow(s, context.Grading.Judgement(s.Code), s.Code != SectionCode.Overall || statutoryDone))
            .ToList();
        return new GradingTaskList(context.Grading, context.Plan.Id, context.Subject.PlanLabel, context.PlanVersion.Number,
            $"{context.Framework.Title} (version {context.Framework.Number})", rows, db.ConcurrencyTokenOf(context.Grading), context.Subject);
    }

    /// <summary>
    /// A section's page. A <paramref name="fresh"/> section of an agreed grade (nothing saved yet) starts with
    /// the answers every grading being agreed gave alike.
    /// </summary>
    private async Task<JudgementPage> PageForAsync(
        GradingContext context, SectionCode section, JudgementForm form, CancellationToken cancellationToken, bool fresh = false)
    {
        var grading = context.Grading;
        var saved = grading.Judgement(section);
        var references = ReferencesFilling(context.Framework, section, form, await AgreedOverAsync(grading, cancellationToken), fresh);
        var sectionGrades = grading.Judgements.Where(j => j.Section != SectionCode.Overall)
            .OrderBy(j => j.Section)
            .Select(j => (PlanSections.Get(j.Section), j.Grade))
            .ToList();
        return new JudgementPage(grading, context.Subject.PlanLabel, context.PlanVersion.Number, context.Framework, context.Framework.Section(section),
            section == SectionCode.Overall ? string.Empty : context.PlanVersion.TextOf(section), form, saved?.SuggestedGrade, references, sectionGrades,
            await ReadingOfAsync(context, cancellationToken));
    }

    /// <summary>
    /// Agreeing a grade: the gradings being agreed, shown beside the form. For the sign-off agreement those
    /// are the draft's two gradings; for a panel, the session's moderations of the plan. None otherwise.
    /// </summary>
    /// <summary>
    /// The other gradings' judgements of a section (those being agreed), and the form made ready for them: a
    /// place for every descriptor's answer, where the section is fresh the answers every grader gave alike.
    /// </summary>
    private static List<ReferenceJudgement> ReferencesFilling(
        FrameworkVersion framework, SectionCode section, JudgementForm form, IReadOnlyList<(Grading Grading, string Who)> agreedOver, bool fresh)
    {
        var references = agreedOver
            .Where(o => o.Grading.Judgement(section) is not null)
            .Select(o => new ReferenceJudgement(o.Who, o.Grading.Purpose, o.Grading.Judgement(section)!))
            .ToList();
        foreach (var descriptor in framework.Section(section).Descriptors)
        {
            var alike = references.Select(r => r.Judgement.AnswerTo(descriptor.Number)).Distinct().ToList();
            form.Answers.TryAdd(descriptor.Number, fresh && references.Count > 1 && alike.Count == 1 ? alike[0] : null);
        }

        return references;
    }

    private async Task<IReadOnlyList<(Grading Grading, string Who)>> AgreedOverAsync(Grading grading, CancellationToken cancellationToken)
    {
        if (!grading.Purpose.IsAgreement())
        {
            return [];
        }

        var others = await db.Gradings.AsNoTracking()
            .Where(g => g.PlanVersionId == grading.PlanVersionId && g.Id != grading.Id && g.SubmittedAt != null)
            .Where(g => grading.PanelSessionId == null
                ? g.PanelSessionId == null
                : g.PanelSessionId == grading.PanelSessionId && g.Purpose == GradingPurpose.Moderation)
            .ToListAsync(cancellationToken);
        var names = await StaffNames.LoadAsync(db, others.Select(o => o.GraderId), cancellationToken);
        return others.Select(o => (o, names.Of(o.GraderId))).ToList();
    }

    private async Task<(GradingContext? Context, IActionResult? Refusal)> LoadAsync(int id, bool forEditing, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var grading = await db.Gradings.SingleOrDefaultAsync(g => g.Id == id, cancellationToken);
        if (grading is null)
        {
            return (null, NotFound());
        }

        var plan = await db.Plans.Include(p => p.Versions).SingleAsync(p => p.Id == grading.PlanId, cancellationToken);
        var actor = User.ToActor();
        if (grading.AdviceRequestId is { } adviceId)
        {
            return await LoadAdviceAuditAsync(grading, plan, adviceId, forEditing, cancellationToken);
        }

        var version = plan.Versions.Single(v => v.Id == grading.PlanVersionId);
        var session = grading.PanelSessionId is { } sessionId
            ? await db.PanelSessions.AsNoTracking().SingleAsync(s => s.Id == sessionId, cancellationToken)
            : null;

        var allowed = forEditing
            ? GradingAccess.MayEdit(actor, grading, plan, session)
            : GradingAccess.MayRead(actor, grading, plan, session, await RelatedGradingsAsync(grading, version, session, cancellationToken));
        if (!allowed)
        {
            return (null, Forbid());
        }

        var subject = session is null
            ? GradingSubject.SignOff(plan)
            : GradingSubject.Moderated(await Moderation.ModerationCode.LoadAsync(db, cancellationToken), session.Id, plan.Id);
        if (forEditing && grading.IsSubmitted)
        {
            return (null, RedirectToAction(nameof(Summary), new { id }));
        }

        var framework = await frameworks.FindAsync(db, grading.FrameworkVersionId, cancellationToken)
            ?? throw new InvalidOperationException($"Grading {grading.Id} names framework version {grading.FrameworkVersionId}, which is not in the database.");
        return (new GradingContext(grading, plan, version, framework, session, subject), null);
    }

    /// <summary>An agency's audit of a piece of advice: its rules of access are the advice's, and it names the advice, never the plan.</summary>
    private async Task<(GradingContext? Context, IActionResult? Refusal)> LoadAdviceAuditAsync(
        Grading grading, Plan plan, int adviceId, bool forEditing, CancellationToken cancellationToken)
    {
        var advice = await db.AdviceRequests.SingleAsync(a => a.Id == adviceId, cancellationToken);
        var actor = User.ToActor();
        var allowed = forEditing ? GradingAccess.MayEditAdviceAudit(actor, grading, advice) : GradingAccess.MayReadAdviceAudit(actor, grading, advice);
        if (!allowed)
        {
            return (null, Forbid());
        }

        if (forEditing && grading.IsSubmitted)
        {
            return (null, RedirectToAction(nameof(Summary), new { id = grading.Id }));
        }

        var framework = await frameworks.FindAsync(db, grading.FrameworkVersionId, cancellationToken)
            ?? throw new InvalidOperationException($"Grading {grading.Id} names framework version {grading.FrameworkVersionId}, which is not in the database.");
        return (new GradingContext(grading, plan, null, framework, null, GradingSubject.AdviceAudited(advice)) { Advice = advice }, null);
    }

    /// <summary>The gradings that bear on who may read this one: the session's gradings of the plan, or the draft's sign-off gradings.</summary>
    private Task<List<Grading>> RelatedGradingsAsync(Grading grading, PlanVersion version, PanelSession? session, CancellationToken cancellationToken) =>
        db.Gradings.AsNoTracking()
            .Where(g => session == null
                ? g.PlanVersionId == version.Id && g.PanelSessionId == null
                : g.PanelSessionId == session.Id && g.PlanId == grading.PlanId)
            .ToListAsync(cancellationToken);

    /// <summary>What the draft checks found in the version graded: a draft's, never a final plan's under moderation.</summary>
    private async Task<DraftReading> ReadingOfAsync(GradingContext context, CancellationToken cancellationToken) =>
        context.Grading.Purpose.IsModeration() || context.Version is null
            ? DraftReading.None
            : await wording.ReadAsync(
                db,
                PlanSections.Statutory.ToDictionary(s => s.Code, s => context.Version.TextOf(s.Code)),
                DraftContext.Of(context.Plan, ServiceCalendar.DateOf(context.Version.SubmittedAt)),
                cancellationToken);

    /// <param name="Version">The version of the plan judged; null for an advice audit.</param>
    private sealed record GradingContext(Grading Grading, Plan Plan, PlanVersion? Version, FrameworkVersion Framework, PanelSession? Session, GradingSubject Subject)
    {
        /// <summary>For an advice audit, the advice judged.</summary>
        public Domain.Advice.AdviceRequest? Advice { get; init; }

        /// <summary>The version of the plan judged, for the pages of a plan's grading on the 1–4 scheme (an advice audit is always on a form).</summary>
        public PlanVersion PlanVersion => Version ?? throw new InvalidOperationException($"Grading {Grading.Id} judges advice, not a version of a plan.");
    }
}
