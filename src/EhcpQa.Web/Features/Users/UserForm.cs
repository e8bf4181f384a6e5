using System.ComponentModel.DataAnnotations;
using EhcpQa.Domain.Staff;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace EhcpQa.Web.Features.Users;

/// <summary>An administrator's form for a user account: who they are, their roles, agency and locality.</summary>
public sealed class UserForm
{
    [Display(Name = "Email address")]
    public string? Email { get; set; }

    [Display(Name = "Full name")]
    public string? DisplayName { get; set; }

    [Display(Name = "Roles")]
    public List<string> Roles { get; set; } = [];

    [Display(Name = "Agency")]
    public Agency? Agency { get; set; }

    [Display(Name = "Locality")]
    public int? LocalityId { get; set; }

    /// <summary>Only when creating an account: the first password, which the person then changes.</summary>
    [Display(Name = "Temporary password")]
    public string? Password { get; set; }

    [Display(Name = "Account disabled")]
    public bool Disabled { get; set; }

    public string? ConcurrencyStamp { get; set; }

    /// <summary>Roles whose holders work within one locality of the SEND team.</summary>
    public static readonly IReadOnlySet<string> LocalityRoles = new HashSet<string>(StringComparer.Ordinal)
    {
        StaffRole.Caseworker,
        StaffRole.LocalityManager,
    };
}

public sealed class UserFormPage
{
    public required UserForm Form { get; init; }

    public string? UserId { get; init; }

    public bool IsNew => UserId is null;

    public required IReadOnlyList<SelectListItem> Localities { get; init; }

    public static IReadOnlyList<SelectListItem> RoleItems { get; } =
        StaffRole.All.Select(r => new SelectListItem(StaffRole.Name(r), r)).ToList();

    public static IReadOnlyList<SelectListItem> AgencyItems { get; } =
        Enum.GetValues<Agency>().Select(a => new SelectListItem(a.Name(), a.ToString())).ToList();
}

public sealed class UserFormValidator : AbstractValidator<UserForm>
{
    public UserFormValidator()
    {
        RuleFor(f => f.Email).NotEmpty().WithMessage("Enter the email address")
            .EmailAddress().WithMessage("Enter an email address in the correct format, like name@example.gov.uk")
            .MaximumLength(256).WithMessage("Email address must be 256 characters or fewer");
        RuleFor(f => f.DisplayName).NotEmpty().WithMessage("Enter the person's full name")
            .MaximumLength(100).WithMessage("Full name must be 100 characters or fewer");
        RuleFor(f => f.Roles).NotEmpty().WithMessage("Select at least one role");
        RuleForEach(f => f.Roles).Must(r => StaffRole.All.Contains(r)).WithMessage("Select roles from the list");
        RuleFor(f => f.Agency).NotNull().WithMessage("Select the agency").IsInEnum().WithMessage("Select the agency");
        RuleFor(f => f.LocalityId).NotNull()
            .When(f => f.Roles.Any(UserForm.LocalityRoles.Contains))
            .WithMessage("Select the locality: caseworkers and locality managers work in one locality");
    }
}
