using System.ComponentModel.DataAnnotations;
using System.Globalization;
using EhcpQa.Domain.Moderation;
using EhcpQa.Domain.Staff;
using EhcpQa.Web.Infrastructure.Forms;
using EhcpQa.Web.Persistence.Identity;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace EhcpQa.Web.Features.Panels;

/// <summary>The panel representation as typed, with the setting it was read from (none before the first).</summary>
public sealed class PanelRepresentationForm
{
    [Display(Name = "Agencies a panel must include")]
    public List<string> Required { get; set; } = [];

    /// <summary>The name the authority uses for each agency, one field for every agency the service knows.</summary>
    public List<AgencyNameField> Names { get; set; } = [];

    [Display(Name = "Fewest plans a session moderates")]
    public string? MinimumPlans { get; set; }

    public int? ReadFrom { get; set; }

    public static PanelRepresentationForm From(PanelRepresentationChange? latest)
    {
        var representation = latest?.Representation ?? PanelRepresentation.Default;
        return new()
        {
            Required = representation.Required.Select(a => a.ToString()).ToList(),
            Names = Enum.GetValues<Agency>().Select(a => new AgencyNameField { Agency = a, Name = representation.Names.GetValueOrDefault(a) }).ToList(),
            MinimumPlans = representation.MinimumPlans.ToString(CultureInfo.InvariantCulture),
            ReadFrom = latest?.Id,
        };
    }

    /// <summary>A field for every agency, in the service's order, keeping what was typed for each.</summary>
    public void Tidy()
    {
        var typed = Names.Where(n => Enum.IsDefined(n.Agency)).GroupBy(n => n.Agency).ToDictionary(g => g.Key, g => g.First().Name);
        Names = Enum.GetValues<Agency>().Select(a => new AgencyNameField { Agency = a, Name = typed.GetValueOrDefault(a) }).ToList();
    }

    public bool TryGetMinimumPlans(out int minimum) =>
        int.TryParse(MinimumPlans?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out minimum);

    public PanelRepresentation ToRepresentation()
    {
        TryGetMinimumPlans(out var minimum);
        return new(
            Required.Select(r => Enum.TryParse<Agency>(r, out var agency) && Enum.IsDefined(agency) ? agency : (Agency?)null).OfType<Agency>(),
            Names.Where(n => !string.IsNullOrWhiteSpace(n.Name)).GroupBy(n => n.Agency).ToDictionary(g => g.Key, g => g.First().Name!),
            minimum);
    }
}

public sealed class AgencyNameField
{
    public Agency Agency { get; set; }

    [Display(Name = "Name")]
    public string? Name { get; set; }
}

public sealed class PanelRepresentationFormValidator : AbstractValidator<PanelRepresentationForm>
{
    public PanelRepresentationFormValidator()
    {
        RuleFor(f => f.Required).Must(r => r.TrueForAll(a => Enum.TryParse<Agency>(a, out var agency) && Enum.IsDefined(agency) && !int.TryParse(a, out _)))
            .WithMessage("Select the agencies from the list");
        RuleFor(f => f).Custom((form, context) =>
        {
            for (var i = 0; i < form.Names.Count; i++)
            {
                var field = form.Names[i];
                if (!Enum.IsDefined(field.Agency))
                {
                    continue;
                }

                foreach (var problem in PanelRepresentation.NameProblems(field.Agency, field.Name))
                {
                    context.AddFailure($"{nameof(PanelRepresentationForm.Names)}[{i}].{nameof(AgencyNameField.Name)}", problem.Message);
                }
            }
        });
        RuleFor(f => f.MinimumPlans)
            .NotEmpty().WithMessage("Enter the fewest plans a session moderates")
            .Must(m => int.TryParse(m?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out _)).WithMessage("The fewest plans a session moderates must be a whole number, like 10")
            .DependentRules(() => RuleFor(f => f).Custom((form, context) =>
            {
                form.TryGetMinimumPlans(out var minimum);
                context.AddProblems(PanelRepresentation.MinimumPlansProblems(minimum), nameof(PanelRepresentationForm.MinimumPlans));
            }));
    }
}

/// <summary>The panel representation page: the setting as typed, and every setting made.</summary>
public sealed record PanelRepresentationPage(PanelRepresentationForm Representation, IReadOnlyList<PanelRepresentationChange> Changes, StaffNames Names)
{
    public static IReadOnlyList<SelectListItem> AgencyItems { get; } =
        Enum.GetValues<Agency>().Select(a => new SelectListItem(a.Name(), a.ToString())).ToList();

    public static string Describe(PanelRepresentation representation) =>
        representation.Required.Count == 0 ? "None" : string.Join(", ", representation.Required.Select(representation.NameOf));

    public static string DescribeNames(PanelRepresentation representation) =>
        representation.Names.Count == 0 ? "The service's" : string.Join("; ", representation.Names.OrderBy(n => n.Key).Select(n => $"{n.Key.Name()}: {n.Value}"));
}
