using EhcpQa.Domain;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace EhcpQa.Web.Infrastructure.Forms;

/// <summary>
/// Puts the domain's <see cref="Problem"/>s beside the fields of a form, so each rule is stated once, in the
/// domain, and the form shows it in the GOV.UK error summary and inline: validators add the problems of the
/// details a form holds; actions add the problems of a refusal the domain raised on saving.
/// </summary>
public static class ProblemValidation
{
    /// <summary>Adds each problem as a failure of the field it concerns (the form's property of the same name).</summary>
    public static void AddProblems<T>(this ValidationContext<T> context, IEnumerable<Problem> problems, string generalField)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(problems);
        foreach (var problem in problems)
        {
            context.AddFailure(FieldOf(problem, generalField), problem.Message);
        }
    }

    /// <summary>
    /// Adds each problem to the model state under <paramref name="prefix"/> and the field it concerns; a
    /// problem with the whole goes beside <paramref name="generalField"/>.
    /// </summary>
    public static void AddProblems(this ModelStateDictionary modelState, string prefix, IEnumerable<Problem> problems, string generalField)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(problems);
        foreach (var problem in problems)
        {
            modelState.AddModelError(prefix + FieldOf(problem, generalField), problem.Message);
        }
    }

    private static string FieldOf(Problem problem, string generalField) =>
        string.IsNullOrEmpty(problem.Field) ? generalField : problem.Field;
}
