using System.ComponentModel.DataAnnotations;
using EhcpQa.Domain.Staff;
using EhcpQa.Web.Infrastructure.Forms;
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

    /// <summary>Only when creating an account: the temporary password, which the person replaces at first sign-in.</summary>
    [Display(Name = "Temporary password")]
    public string? Password { get; set; }

    /// <summary>The object id of the person's account at the authority's identity provider (single sign-on), when set up.</summary>
    [Display(Name = "Organisation account ID")]
    public string? OrganisationAccountId { get; set; }

    /// <summary>The day the person started in post (optional): new officers' plans are all sampled for a time, when the authority's rule says so.</summary>
    [Display(Name = "Started in post (optional)")]
    public DateInput InPostSince { get; set; } = new();

    [Display(Name = "Account disabled")]
    public bool Disabled { get; set; }

    public string? ConcurrencyStamp { get; set; }
}

public sealed class UserFormPage
{
    public required UserForm Form { get; init; }

    public string? UserId { get; init; }

    public bool IsNew => UserId is null;

    /// <summary>Whether the person has set up an authenticator app (an administrator can reset it).</summary>
    public bool HasSecondFactor { get; init; }

    /// <summary>Whether the account is the administrator's own (whose second factor another administrator resets).</summary>
    public bool IsOwnAccount { get; init; }

    public required IReadOnlyList<SelectListItem> Localities { get; init; }

    /// <summary>The authority's single sign-on as the form needs it (whether set up, what the account is called, how matched, whether passwords are used).</summary>
    public required Infrastructure.Authorization.SingleSignOnOptions SingleSignOn { get; init; }

    /// <summary>Whether the form asks for a temporary password: not where only the organisation's accounts sign in.</summary>
    public bool AsksForPassword => IsNew && SingleSignOn.PasswordsInUse;

    public static IReadOnlyList<SelectListItem> RoleItems { get; } =
        StaffRole.All.Select(r => new SelectListItem(StaffRole.Name(r), r)).ToList();

    public static IReadOnlyList<SelectListItem> AgencyItems { get; } =
        Enum.GetValues<Agency>().Select(a => new SelectListItem(a.Name(), a.ToString())).ToList();
}

/// <summary>The form follows the rules of staff accounts (<see cref="StaffAccounts.Problems"/>), and the e-mail address must look like one.</summary>
public sealed class UserFormValidator : AbstractValidator<UserForm>
{
    /// <summary>The longest object id kept (the key column of a linked account holds 450 characters).</summary>
    public const int OrganisationAccountIdMaxLength = 200;

    public UserFormValidator()
    {
        RuleFor(f => f.Email).EmailAddress().WithMessage("Enter an email address in the correct format, like name@example.gov.uk")
            .When(f => !string.IsNullOrWhiteSpace(f.Email));
        RuleFor(f => f.OrganisationAccountId)
            .MaximumLength(OrganisationAccountIdMaxLength).WithMessage($"The organisation account ID must be {OrganisationAccountIdMaxLength} characters or fewer")
            .Must(id => id is null || !id.Trim().Any(char.IsWhiteSpace)).WithMessage("The organisation account ID must not contain spaces");
        RuleFor(f => f.InPostSince).SetValidator(new DateInputValidator("date they started in post")).When(f => !f.InPostSince.IsEmpty);
        RuleFor(f => f).Custom((form, context) =>
            context.AddProblems(StaffAccounts.Problems(form.Email, form.DisplayName, form.Roles, form.Agency, form.LocalityId), nameof(UserForm.Roles)));
    }
}
