using System.ComponentModel.DataAnnotations;
using EhcpQa.Domain;
using EhcpQa.Domain.Advice;
using EhcpQa.Domain.Staff;
using EhcpQa.Web.Infrastructure.Forms;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace EhcpQa.Web.Features.Advice;

/// <summary>Advice requested for a plan, as typed: the domain's rules (<see cref="AdviceRequest.Problems"/>) check it.</summary>
public sealed class AdviceRequestForm
{
    /// <summary>The version of the request a correction was made from (a new request has none).</summary>
    public Guid ConcurrencyToken { get; set; }

    [Display(Name = "Is the advice for a new assessment or an annual review?")]
    public AdviceOccasion? Occasion { get; set; }

    [Display(Name = "Which service is the advice requested from?")]
    public AdviceService? Service { get; set; }

    [Display(Name = "Name of the service")]
    public string? ServiceName { get; set; }

    [Display(Name = "Agency the service belongs to")]
    public Agency? Agency { get; set; }

    [Display(Name = "Date the advice was requested")]
    public DateInput RequestedOn { get; set; } = new();

    [Display(Name = "Date the advice is due (optional)")]
    public DateInput DueOn { get; set; } = new();

    public DateOnly? RequestedDate => RequestedOn.TryGetDate(out var date) ? date : null;

    public DateOnly? DueDate => DueOn.TryGetDate(out var date) ? date : null;

    /// <summary>The form for correcting a request, filled in as it is.</summary>
    public static AdviceRequestForm From(AdviceRequest request, Guid concurrencyToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new()
        {
            ConcurrencyToken = concurrencyToken,
            Occasion = request.Occasion,
            Service = request.Service,
            ServiceName = request.ServiceName,
            Agency = request.Service == AdviceService.Other ? request.Agency : null,
            RequestedOn = DateInput.From(request.RequestedOn),
            DueOn = DateInput.From(request.DueOn),
        };
    }

    public static IReadOnlyList<SelectListItem> OccasionItems { get; } =
        Enum.GetValues<AdviceOccasion>().Select(o => new SelectListItem(o.Name(), o.ToString())).ToList();

    public static IReadOnlyList<SelectListItem> ServiceItems { get; } =
        AdviceServices.All.Select(s => new SelectListItem(s.Name(), s.ToString())).ToList();

    public static IReadOnlyList<SelectListItem> AgencyItems { get; } =
        AdviceServices.AdvisingAgencies.Select(a => new SelectListItem(a.Name(), a.ToString())).ToList();
}

public sealed class AdviceRequestFormValidator : AbstractValidator<AdviceRequestForm>
{
    public AdviceRequestFormValidator(TimeProvider clock)
    {
        RuleFor(f => f.RequestedOn).SetValidator(new DateInputValidator("date the advice was requested"));
        RuleFor(f => f.DueOn).SetValidator(new DateInputValidator("date the advice is due")).When(f => !f.DueOn.IsEmpty);
        RuleFor(f => f).Custom((form, context) =>
        {
            var today = ServiceCalendar.DateOf(clock.GetUtcNow());
            var problems = AdviceRequest.Problems(form.Occasion, form.Service, form.ServiceName, form.Agency, form.RequestedDate, form.DueDate, today)
                // A date not yet entered or not a real date is the date input's to report, not the domain's.
                .Where(p => !(p.Field == nameof(AdviceRequest.RequestedOn) && form.RequestedDate is null));
            context.AddProblems(problems, nameof(AdviceRequestForm.Service));
        });
    }
}

/// <summary>The advice received, as entered: the date, and the advice uploaded (or an upload kept from a first try) or pasted.</summary>
public sealed class AdviceReceiptForm
{
    public Guid ConcurrencyToken { get; set; }

    [Display(Name = "Date the advice was received")]
    public DateInput ReceivedOn { get; set; } = new();

    [Display(Name = "Upload the advice")]
    public IFormFile? Document { get; set; }

    /// <summary>An upload kept from an earlier try of the form (a protected token), so it need not be chosen again.</summary>
    public string? DocumentToken { get; set; }

    /// <summary>The kept upload's name, shown on the form.</summary>
    public string? DocumentName { get; set; }

    [Display(Name = "Or paste the advice")]
    public string? PastedText { get; set; }

    public DateOnly? ReceivedDate => ReceivedOn.TryGetDate(out var date) ? date : null;
}

public sealed class AdviceReceiptFormValidator : AbstractValidator<AdviceReceiptForm>
{
    public AdviceReceiptFormValidator() =>
        RuleFor(f => f.ReceivedOn).SetValidator(new DateInputValidator("date the advice was received"));
}

/// <summary>The advice policy as chosen, with the setting it was read from (none before the first).</summary>
public sealed class AdvicePolicyForm
{
    [Display(Name = "How many weeks after the request is advice due?")]
    public string? DueWeeks { get; set; }

    public int? ReadFrom { get; set; }

    public int? Weeks => int.TryParse(DueWeeks?.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var weeks) ? weeks : null;

    public static AdvicePolicyForm From(AdvicePolicyChange? latest) => new()
    {
        DueWeeks = (latest?.Policy ?? AdvicePolicy.Default).DueWeeks.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ReadFrom = latest?.Id,
    };
}

public sealed class AdvicePolicyFormValidator : AbstractValidator<AdvicePolicyForm>
{
    public AdvicePolicyFormValidator() =>
        RuleFor(f => f).Custom((form, context) => context.AddProblems(AdvicePolicy.Problems(form.Weeks), nameof(AdvicePolicyForm.DueWeeks)));
}
