using System.ComponentModel.DataAnnotations;
using System.Globalization;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Frameworks.Forms;
using EhcpQa.Web.Persistence.Identity;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace EhcpQa.Web.Features.Frameworks;

public sealed record FrameworkVersionSummary(int Id, int Number, string Title, DateTimeOffset? PublishedAt, DateTimeOffset? FirstUsedAt, DateTimeOffset? RetiredAt)
{
    /// <summary>Where the version stands, as the list of versions says it: retired, used (so fixed), published or a draft.</summary>
    public string Standing =>
        RetiredAt is not null ? "Retired"
        : FirstUsedAt is not null ? "Used for grading, fixed"
        : PublishedAt is not null ? "Published, not yet used"
        : "Draft";
}

/// <summary>Every framework with its versions, and which version each purpose uses.</summary>
/// <param name="MayManage">Whether the reader may import, publish and choose versions (QA leads).</param>
public sealed record FrameworkListPage(IReadOnlyList<Framework> Frameworks, FrameworkUses Uses, bool MayManage)
{
    public FrameworkVersion? VersionFor(FrameworkPurpose purpose) =>
        Uses.VersionFor(purpose) is { } id ? Frameworks.SelectMany(f => f.Versions).FirstOrDefault(v => v.Id == id) : null;

    public IReadOnlyList<FrameworkPurpose> PurposesOf(FrameworkVersion version) =>
        FrameworkPurposes.All.Where(p => Uses.VersionFor(p) == version.Id).ToList();
}

/// <param name="Purposes">The purposes that use this version.</param>
/// <param name="MayManage">Whether the reader may publish, retire, discard, revise and download versions (QA leads).</param>
/// <param name="ConcurrencyToken">The version's token when the page was read, posted back with each change.</param>
/// <param name="HasDraft">Whether the framework already has a draft version (so no other can start).</param>
public sealed record FrameworkVersionPage(
    FrameworkVersion Version,
    IReadOnlyList<FrameworkVersionSummary> Versions,
    IReadOnlyList<FrameworkPurpose> Purposes,
    StaffNames Names,
    bool MayManage,
    Guid ConcurrencyToken,
    ReviseForm Revision,
    bool HasDraft)
{
    public FrameworkForm Form => Version.WholeForm();

    public string Status => FrameworkWords.Status(Version.PublishedAt, Version.RetiredAt);

    public bool IsCurrent => Versions.FirstOrDefault(v => v.PublishedAt is not null && v.RetiredAt is null)?.Id == Version.Id;
}

/// <summary>The title of a new version, copied from the current one.</summary>
public sealed class ReviseForm
{
    [Display(Name = "Title of the new version")]
    public string? Title { get; set; }
}

public sealed class ReviseFormValidator : AbstractValidator<ReviseForm>
{
    public ReviseFormValidator()
    {
        RuleFor(f => f.Title).NotEmpty().WithMessage("Enter a title for the new version")
            .MaximumLength(FrameworkForm.NameMaxLength).WithMessage($"The title must be {FrameworkForm.NameMaxLength} characters or fewer");
    }
}

public static class FrameworkWords
{
    public static string Status(DateTimeOffset? publishedAt, DateTimeOffset? retiredAt) =>
        retiredAt is not null ? "Retired" : publishedAt is not null ? "Published" : "Draft";

    public static string Scheme(FrameworkVersion version) => version.Scheme switch
    {
        ScoringScheme.GradeOneToFour => "Descriptors answered Yes / No / N/A, graded 1 to 4",
        _ => "As its form declares",
    };
}

/// <summary>The version chosen for each purpose (a version's id; none for a purpose without one), as posted.</summary>
public sealed class FrameworkUsesForm
{
    [Display(Name = "Draft sign-off")]
    public int? DraftSignOff { get; set; }

    [Display(Name = "Moderation")]
    public int? Moderation { get; set; }

    [Display(Name = "Advice quality assurance")]
    public int? AdviceQa { get; set; }

    [Display(Name = "Family survey")]
    public int? FamilySurvey { get; set; }

    public Guid ConcurrencyToken { get; set; }

    public static FrameworkUsesForm From(FrameworkUses uses, Guid token) => new()
    {
        DraftSignOff = uses.VersionFor(FrameworkPurpose.DraftSignOff),
        Moderation = uses.VersionFor(FrameworkPurpose.Moderation),
        AdviceQa = uses.VersionFor(FrameworkPurpose.AdviceQa),
        FamilySurvey = uses.VersionFor(FrameworkPurpose.FamilySurvey),
        ConcurrencyToken = token,
    };

    public int? VersionFor(FrameworkPurpose purpose) => purpose switch
    {
        FrameworkPurpose.DraftSignOff => DraftSignOff,
        FrameworkPurpose.Moderation => Moderation,
        FrameworkPurpose.AdviceQa => AdviceQa,
        FrameworkPurpose.FamilySurvey => FamilySurvey,
        _ => null,
    };
}

/// <param name="Versions">Every published version, newest first within each framework: the versions a purpose may choose from.</param>
public sealed record FrameworkUsesPage(FrameworkUses Uses, IReadOnlyList<FrameworkVersion> Versions, StaffNames Names, FrameworkUsesForm Choices)
{
    /// <summary>The versions offered for a purpose: published, not retired, assessing its document; and the one it uses now.</summary>
    public IEnumerable<FrameworkVersion> OfferedFor(FrameworkPurpose purpose) =>
        Versions.Where(v => (!v.IsRetired && (v.Form?.Assesses ?? AssessedDocument.Plan) == purpose.Assesses()) || v.Id == Uses.VersionFor(purpose));

    public IReadOnlyList<SelectListItem> ItemsFor(FrameworkPurpose purpose)
    {
        var chosen = Choices.VersionFor(purpose);
        var items = OfferedFor(purpose)
            .Select(v => new SelectListItem($"{v.Framework.Name}, version {v.Number}: {v.Title}", v.Id.ToString(CultureInfo.InvariantCulture), v.Id == chosen))
            .ToList();
        if (Uses.VersionFor(purpose) is null)
        {
            items.Insert(0, new SelectListItem("None chosen", string.Empty, chosen is null));
        }

        return items;
    }

    public string NameOf(int versionId) =>
        Versions.FirstOrDefault(v => v.Id == versionId) is { } version ? $"{version.Framework.Name}, version {version.Number}" : $"Version {versionId}";
}
