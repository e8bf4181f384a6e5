using EhcpQa.Domain;
using EhcpQa.Domain.Families;
using EhcpQa.Domain.Frameworks.Forms;
using EhcpQa.Web.Infrastructure.Security;
using EhcpQa.Web.Persistence;
using EhcpQa.Web.Persistence.Frameworks;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Features.Surveys;

/// <summary>
/// A family (or young person) answers their survey from its link, without an account: every question on one page, each
/// optional, sent once. A link that is unknown, altered, expired, answered or replaced gets a page saying so, and nothing is
/// stored. The pages name no child and no plan, and show no staff navigation; each address may ask for only so many a minute.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Surveys)]
public sealed class FamilySurveyController(EhcpQaDbContext db, LockedFrameworkVersions frameworks, TimeProvider clock, ILogger<FamilySurveyController> logger) : Controller
{
    private const string Prefix = "Survey.";

    [HttpGet("survey/thanks")]
    public IActionResult Thanks() => NoStore(View("Thanks"));

    [HttpGet("survey/{token}")]
    public async Task<IActionResult> Answer(string token, CancellationToken cancellationToken)
    {
        var (invitation, closed) = await OpenInvitationAsync(token, cancellationToken);
        if (invitation is null)
        {
            return closed!;
        }

        return NoStore(View("Survey", await PageAsync(invitation, token, new FamilySurveyForm(), cancellationToken)));
    }

    [HttpPost("survey/{token}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Answer(string token, [Bind(Prefix = "Survey")] FamilySurveyForm survey, CancellationToken cancellationToken)
    {
        var (invitation, closed) = await OpenInvitationAsync(token, cancellationToken);
        if (invitation is null)
        {
            return closed!;
        }

        var page = await PageAsync(invitation, token, survey, cancellationToken);
        var problems = SurveyInvitation.AnswerProblems(page.Form, survey.Answers).ToList();
        if (problems.Count == 0)
        {
            try
            {
                invitation.Answer(page.Form, survey.Answers, clock.GetUtcNow());
                await db.SaveChangesAsync(cancellationToken);
                logger.LogInformation("Survey {SurveyId} answered for plan {PlanId}", invitation.Id, invitation.PlanId);
                return Redirect("/survey/thanks");
            }
            catch (SurveyClosedException refused)
            {
                return Closed(refused.State);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Sent twice at once: the first answer stands.
                return Closed(SurveyLinkState.Used);
            }
            catch (DomainRuleException refused)
            {
                problems = refused.Problems.ToList();
            }
        }

        var first = page.Form.PartsWithItems.SelectMany(p => p.Items.Select(i => SurveyInvitation.FieldOf(p.Code, i.Code))).First();
        foreach (var problem in problems)
        {
            ModelState.AddModelError($"{Prefix}{nameof(FamilySurveyForm.Answers)}[{(problem.Field.Length == 0 ? first : problem.Field)}]", problem.Message);
        }

        return NoStore(View("Survey", page));
    }

    /// <summary>The open survey the token belongs to; or, instead, the page saying why it cannot be answered.</summary>
    private async Task<(SurveyInvitation? Invitation, IActionResult? Closed)> OpenInvitationAsync(string token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > SurveyLinks.TokenMaxLength)
        {
            return (null, Closed(null));
        }

        var hash = SurveyInvitation.HashOf(token);
        var invitation = await db.SurveyInvitations.SingleOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
        if (invitation is null || !invitation.Matches(token))
        {
            return (null, Closed(null));
        }

        var state = invitation.StateAt(clock.GetUtcNow());
        return state == SurveyLinkState.Open ? (invitation, null) : (null, Closed(state));
    }

    /// <summary>The page for a link that cannot be answered: 404 for one the service does not know, 410 for one that has closed.</summary>
    private IActionResult Closed(SurveyLinkState? state)
    {
        Response.StatusCode = state is null ? StatusCodes.Status404NotFound : StatusCodes.Status410Gone;
        return NoStore(View("Unavailable", state));
    }

    private IActionResult NoStore(IActionResult result)
    {
        Response.Headers.CacheControl = "no-store";
        return result;
    }

    private async Task<FamilySurveyPage> PageAsync(SurveyInvitation invitation, string token, FamilySurveyForm survey, CancellationToken cancellationToken)
    {
        var version = await frameworks.FindAsync(db, invitation.FrameworkVersionId, cancellationToken)
            ?? throw new InvalidOperationException($"Framework version {invitation.FrameworkVersionId} of survey {invitation.Id} is missing.");
        var policy = await db.SurveyPolicyAsync(cancellationToken);
        var form = version.Form ?? throw new InvalidOperationException("A survey's framework version holds no form.");

        // Every question has its place in the answers (blank until given), so the page reads each one.
        foreach (var field in form.PartsWithItems.SelectMany(p => p.Items.Select(i => SurveyInvitation.FieldOf(p.Code, i.Code))))
        {
            survey.Answers.TryAdd(field, null);
        }

        return new FamilySurveyPage(token, form, survey,
            policy.IsEasyReadFor(invitation.Respondent), invitation.Respondent);
    }
}

/// <summary>A family's survey page: the form to answer, as given so far, and whether it is shown in easy read.</summary>
public sealed record FamilySurveyPage(string Token, FrameworkForm Form, FamilySurveyForm Survey, bool EasyRead, SurveyRespondent Respondent)
{
    public AnswerScale ScaleOf(FormItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return Form.Scale(item.Answers)!;
    }

    /// <summary>An item's question: in easy read, its guidance (the simple wording) where it has one.</summary>
    public string QuestionOf(FormItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return EasyRead && !string.IsNullOrWhiteSpace(item.Guidance) ? item.Guidance : item.Text;
    }

    public IReadOnlyList<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> OptionItems(AnswerScale scale)
    {
        ArgumentNullException.ThrowIfNull(scale);
        return Gradings.PartPage.OptionItems(scale);
    }
}
