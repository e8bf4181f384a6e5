using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Plans;
using EhcpQa.Web.Infrastructure.Forms;
using FluentValidation;

namespace EhcpQa.Web.Features.SignOff;

public sealed record SignOffQueueRow(
    int PlanId,
    string Reference,
    int VersionNumber,
    DateTimeOffset SubmittedAt,
    DraftStatus Status,
    string Caseworker,
    string Locality,
    DateOnly StatutoryDeadline);

public sealed record SignOffQueuePage(IReadOnlyList<SignOffQueueRow> Drafts, DateOnly Today, int RegradedPlans);

/// <summary>One grading of a draft, as shown on its sign-off page (only when the viewer may read it).</summary>
public sealed record GradingSummary(int Id, GradingPurpose Purpose, string Grader, bool IsMine, DateTimeOffset StartedAt, DateTimeOffset? SubmittedAt, Grade? Overall, bool MayRead);

public sealed record SignOffPage(
    Plan Plan,
    PlanVersion Version,
    string Caseworker,
    IReadOnlyList<GradingSummary> Gradings,
    DateOnly Today,
    string? NextGradingAction,
    int? MyOpenGradingId,
    bool CanDecide,
    DecisionForm Decision);

public sealed class DecisionForm
{
    [System.ComponentModel.DataAnnotations.Display(Name = "Decision")]
    public string? Outcome { get; set; }

    [System.ComponentModel.DataAnnotations.Display(Name = "Note to the caseworker")]
    public string? Note { get; set; }

    public Guid ConcurrencyToken { get; set; }

    public const string SignOff = "SignOff";
    public const string Return = "Return";
}

/// <summary>A decision is to sign off or to return; the note follows the domain's rule (<see cref="PlanVersion.DecisionNoteProblems"/>).</summary>
public sealed class DecisionFormValidator : AbstractValidator<DecisionForm>
{
    public DecisionFormValidator()
    {
        RuleFor(f => f.Outcome).Must(o => o is DecisionForm.SignOff or DecisionForm.Return)
            .WithMessage("Select whether to sign off the plan or return it to the caseworker");
        RuleFor(f => f).Custom((form, context) => context.AddProblems(PlanVersion.DecisionNoteProblems(form.Note), nameof(DecisionForm.Note)));
    }
}
