using System.ComponentModel.DataAnnotations;
using EhcpQa.Domain.Families;
using EhcpQa.Web.Infrastructure.Forms;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace EhcpQa.Web.Features.Surveys;

/// <summary>
/// A survey link asked for, as chosen: who it is for, on what occasion, and the address to e-mail it to if any. The domain
/// checks it (<see cref="SurveyInvitation.Problems"/>, <see cref="SurveyEmail.AddressProblems"/>).
/// </summary>
public sealed class SurveyLinkForm
{
    [Display(Name = "Send the link by e-mail (optional)")]
    public string? EmailAddress { get; set; }

    /// <summary>The address given, trimmed; null when none was.</summary>
    public string? Address => string.IsNullOrWhiteSpace(EmailAddress) ? null : EmailAddress.Trim();

    [Display(Name = "Who is the survey for?")]
    public SurveyRespondent? Respondent { get; set; }

    [Display(Name = "What does the survey follow?")]
    public SurveyOccasion? Occasion { get; set; }

    public static IReadOnlyList<SelectListItem> RespondentItems { get; } =
        Enum.GetValues<SurveyRespondent>().Select(r => new SelectListItem(r.Name(), r.ToString())).ToList();

    public static IReadOnlyList<SelectListItem> OccasionItems { get; } =
        Enum.GetValues<SurveyOccasion>().Select(o => new SelectListItem(o.Name(), o.ToString())).ToList();
}

/// <summary>A family's answers as given, by <see cref="SurveyInvitation.FieldOf"/>: every one optional, kept as typed when the page is shown again.</summary>
public sealed class FamilySurveyForm
{
    public Dictionary<string, string?> Answers { get; set; } = new(StringComparer.Ordinal);
}

/// <summary>The survey policy as chosen, with the setting it was read from (none before the first).</summary>
public sealed class SurveyPolicyForm
{
    [Display(Name = "How many days does a survey link stay valid?")]
    public string? ValidDays { get; set; }

    [Display(Name = "Show young people's surveys in easy read")]
    public bool EasyReadForYoungPeople { get; set; }

    public int? ReadFrom { get; set; }

    public int? Days => int.TryParse(ValidDays?.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var days) ? days : null;

    public static SurveyPolicyForm From(SurveyPolicyChange? latest)
    {
        var policy = latest?.Policy ?? SurveyPolicy.Default;
        return new()
        {
            ValidDays = policy.ValidDays.ToString(System.Globalization.CultureInfo.InvariantCulture),
            EasyReadForYoungPeople = policy.EasyReadForYoungPeople,
            ReadFrom = latest?.Id,
        };
    }
}

public sealed class SurveyLinkFormValidator : AbstractValidator<SurveyLinkForm>
{
    public SurveyLinkFormValidator() =>
        RuleFor(f => f).Custom((form, context) => context.AddProblems(SurveyEmail.AddressProblems(form.EmailAddress), nameof(SurveyLinkForm.EmailAddress)));
}

public sealed class SurveyPolicyFormValidator : AbstractValidator<SurveyPolicyForm>
{
    public SurveyPolicyFormValidator() =>
        RuleFor(f => f).Custom((form, context) => context.AddProblems(SurveyPolicy.Problems(form.Days), nameof(SurveyPolicyForm.ValidDays)));
}
