using EhcpQa.Domain;
using EhcpQa.Web.Infrastructure.Forms;
using FluentValidation;

namespace EhcpQa.Web.Features.Plans;

/// <summary>
/// Checks the plan form: that the dates can be read, then the register's own rules
/// (<see cref="Domain.Plans.PlanDetails.Problems"/>, the same rules <c>Plan.Register</c> enforces), so
/// the person sees every problem at once and each rule is written in one place.
/// </summary>
public sealed class PlanFormValidator : AbstractValidator<PlanForm>
{
    public PlanFormValidator(TimeProvider clock)
    {
        RuleFor(f => f.DateOfBirth).SetValidator(new DateInputValidator("date of birth"));
        RuleFor(f => f.RequestDate).SetValidator(new DateInputValidator("date the request was received"));
        RuleForEach(f => f.Cohorts).IsInEnum().WithMessage("Select only the cohorts listed");
        RuleFor(f => f.Stage).IsInEnum().WithMessage("Select the stage");

        RuleFor(f => f).Custom((form, context) =>
        {
            var dateOfBirthKnown = form.DateOfBirth.TryGetDate(out _);
            var requestDateKnown = form.RequestDate.TryGetDate(out _);
            var today = ServiceCalendar.DateOf(clock.GetUtcNow());
            foreach (var problem in form.ToDetails().Problems(today))
            {
                var concernsUnreadDate = problem.Field switch
                {
                    nameof(PlanForm.DateOfBirth) => !dateOfBirthKnown,
                    nameof(PlanForm.RequestDate) => !requestDateKnown || !dateOfBirthKnown,
                    _ => false,
                };
                if (!concernsUnreadDate)
                {
                    context.AddFailure(problem.Field, problem.Message);
                }
            }
        });
    }
}
