using System.ComponentModel.DataAnnotations;
using System.Globalization;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Plans;
using EhcpQa.Web.Infrastructure.Forms;
using EhcpQa.Web.Persistence.Identity;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.Rendering;

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

/// <param name="MaySetPolicy">Whether the reader may change the sign-off policy (QA leads).</param>
public sealed record SignOffQueuePage(IReadOnlyList<SignOffQueueRow> Drafts, DateOnly Today, int RegradedPlans, SignOffPolicy Policy, bool MaySetPolicy);

/// <summary>One grading of a draft, as shown on its sign-off page (only when the viewer may read it).</summary>
public sealed record GradingSummary(int Id, GradingPurpose Purpose, string Grader, bool IsMine, DateTimeOffset StartedAt, DateTimeOffset? SubmittedAt, string? Overall, bool MayRead);

public sealed record SignOffPage(
    Plan Plan,
    PlanVersion Version,
    string Caseworker,
    IReadOnlyList<GradingSummary> Gradings,
    DateOnly Today,
    string? NextGradingAction,
    int? MyOpenGradingId,
    bool CanDecide,
    DecisionForm Decision,
    SignOffPolicy Policy)
{
    /// <summary>
    /// The grade the decision rests on, or where the grading stands until there is one. A draft graded below
    /// the bar is graded, not "not graded yet", though the first grade is not given here: a second grader
    /// grades without seeing it.
    /// </summary>
    public string GradeTheDecisionRestsOn => Version.DecisiveResult ?? Version.Status switch
    {
        DraftStatus.AwaitingSignOff => "Not graded yet",
        DraftStatus.BeingGraded => "Not graded yet: the sign-off grading is in progress",
        DraftStatus.AwaitingSecondOpinion => "None yet: a second opinion and then an agreed grade are needed (graded below the bar, or drawn for a second grader)",
        DraftStatus.AwaitingAgreement => "None yet: both gradings are in, and the two graders now agree a grade",
        _ => "–",
    };
}

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

/// <summary>The sign-off policy page: the policy as typed, and every setting made.</summary>
public sealed record SignOffPolicyPage(SignOffPolicyForm Policy, IReadOnlyList<SignOffPolicyChange> Changes, StaffNames Names)
{
    public static IReadOnlyList<SelectListItem> YesNo { get; } = [new("Yes", "true"), new("No", "false")];
}

/// <summary>The policy as typed, with the setting it was read from (none before the first).</summary>
public sealed class SignOffPolicyForm
{
    [Display(Name = "Must a draft be graded at least Good before the plan is issued?")]
    public string? IssueOnlyAtPassBar { get; set; }

    [Display(Name = "Does a draft graded below Good need a second grader?")]
    public string? SecondOpinionBelowBar { get; set; }

    [Display(Name = "Send a share of drafts to a second grader, whatever their grade: 1 in")]
    public string? SecondGraderOneIn { get; set; }

    public int? ReadFrom { get; set; }

    public static SignOffPolicyForm From(SignOffPolicyChange? latest)
    {
        var policy = latest?.Policy ?? SignOffPolicy.Default;
        return new()
        {
            IssueOnlyAtPassBar = policy.IssueOnlyAtPassBar ? "true" : "false",
            SecondOpinionBelowBar = policy.SecondOpinionBelowBar ? "true" : "false",
            SecondGraderOneIn = policy.SecondGraderOneIn == 0 ? null : policy.SecondGraderOneIn.ToString(CultureInfo.InvariantCulture),
            ReadFrom = latest?.Id,
        };
    }

    public SignOffPolicy ToPolicy() => new(IssueOnlyAtPassBar == "true", SecondOpinionBelowBar == "true", OneIn(SecondGraderOneIn) ?? 0);

    /// <summary>The number typed for "1 in", or null when nothing was typed (none) or it is not a whole number.</summary>
    public static int? OneIn(string? typed) =>
        string.IsNullOrWhiteSpace(typed) ? 0
        : int.TryParse(typed.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var k) ? k : null;
}

public sealed class SignOffPolicyFormValidator : AbstractValidator<SignOffPolicyForm>
{
    public SignOffPolicyFormValidator()
    {
        RuleFor(f => f.IssueOnlyAtPassBar).Must(v => v is "true" or "false").WithMessage("Select whether a draft must be graded at least Good before the plan is issued");
        RuleFor(f => f.SecondOpinionBelowBar).Must(v => v is "true" or "false").WithMessage("Select whether a draft graded below Good needs a second grader");
        RuleFor(f => f).Custom((form, context) => context.AddProblems(
            form.ToPolicy() is { } policy && SignOffPolicyForm.OneIn(form.SecondGraderOneIn) is not null
                ? policy.Problems()
                : [SignOffPolicy.SecondGraderOneInProblem],
            nameof(SignOffPolicyForm.SecondGraderOneIn)));
    }
}
