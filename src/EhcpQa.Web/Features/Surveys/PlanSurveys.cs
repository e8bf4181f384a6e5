using EhcpQa.Domain.Families;
using EhcpQa.Domain.Plans;
using EhcpQa.Web.Features.Gradings;
using EhcpQa.Web.Persistence;
using EhcpQa.Web.Persistence.Frameworks;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Features.Surveys;

/// <summary>One answer of a family's survey as staff read it: the question and the answer in the form's words.</summary>
public sealed record SurveyAnswerRow(string Section, string Question, string Answer, bool IsText);

/// <summary>Where a link's e-mail stands, as staff see it: never the address.</summary>
public sealed record PlanSurveyEmail(SurveyEmailState State, DateTimeOffset? SentAt);

/// <summary>One survey link of a plan: who it was for, when it was sent and expires, where it stands, its e-mail if any, and the answers given.</summary>
public sealed record PlanSurveyRow(
    int Id,
    SurveyRespondent Respondent,
    SurveyOccasion Occasion,
    DateTimeOffset SentAt,
    DateTimeOffset ExpiresAt,
    SurveyLinkState State,
    DateTimeOffset? AnsweredAt,
    string? Points,
    IReadOnlyList<SurveyAnswerRow> Answers,
    PlanSurveyEmail? Email = null);

/// <summary>
/// The family survey section of a plan's page, for whoever may change its record (<see cref="SurveyAccess"/>): every link
/// made, newest first, with the answers of each response beside the professional grade the plan was issued at.
/// </summary>
public sealed record PlanSurveys(int PlanId, IReadOnlyList<PlanSurveyRow> Rows, string? ProfessionalResult, bool CanCreate)
{
    /// <summary>Whether the plan's page has the section: once the plan is issued, or a link was made.</summary>
    public bool IsShown => CanCreate || Rows.Count > 0;

    public static async Task<PlanSurveys> ReadAsync(EhcpQaDbContext db, LockedFrameworkVersions frameworks, Plan plan, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(frameworks);
        ArgumentNullException.ThrowIfNull(plan);
        var invitations = await db.SurveyInvitations.AsNoTracking().Where(i => i.PlanId == plan.Id)
            .OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id).ToListAsync(cancellationToken);
        var rows = new List<PlanSurveyRow>();
        foreach (var invitation in invitations)
        {
            var answers = new List<SurveyAnswerRow>();
            string? points = null;
            if (invitation.IsAnswered && (await frameworks.FindAsync(db, invitation.FrameworkVersionId, cancellationToken))?.Form is { } form)
            {
                var given = invitation.AnswersByPart();
                foreach (var part in form.PartsWithItems)
                {
                    var byItem = given.GetValueOrDefault(part.Code);
                    foreach (var item in part.Items)
                    {
                        var value = byItem?.GetValueOrDefault(item.Code);
                        var isText = form.Scale(item.Answers)?.Kind == Domain.Frameworks.Forms.AnswerKind.Text;
                        answers.Add(new SurveyAnswerRow(part.Title, item.Text, FormWording.AnswerOf(form, item, value), isText));
                    }
                }

                var total = form.Score(given).Total;
                points = total.Available > 0 ? total.ToString() : null;
            }

            rows.Add(new PlanSurveyRow(invitation.Id, invitation.Respondent, invitation.Occasion, invitation.CreatedAt, invitation.ExpiresAt,
                invitation.StateAt(now), invitation.AnsweredAt, points, answers,
                invitation.Email is { } email ? new PlanSurveyEmail(email.State, email.SentAt) : null));
        }

        var issued = plan.FinalVersion;
        return new PlanSurveys(plan.Id, rows, issued?.DecisiveResult, issued is not null && !plan.HasCeased);
    }
}
