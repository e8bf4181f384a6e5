using System.ComponentModel.DataAnnotations;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Plans;
using FluentValidation;

namespace EhcpQa.Web.Features.Drafts;

/// <summary>A draft's text, section by section, exactly as typed, pasted or split from the uploaded document.</summary>
public sealed class DraftForm
{
    [Display(Name = "Section A: Views, interests and aspirations, and journey so far")]
    public string? A { get; set; }

    [Display(Name = "Section B: Special educational needs")]
    public string? B { get; set; }

    [Display(Name = "Section C: Health needs related to special educational needs")]
    public string? C { get; set; }

    [Display(Name = "Section D: Social care needs related to special educational needs")]
    public string? D { get; set; }

    [Display(Name = "Section E: Outcomes")]
    public string? E { get; set; }

    [Display(Name = "Section F: Special educational provision")]
    public string? F { get; set; }

    [Display(Name = "Section G: Health provision")]
    public string? G { get; set; }

    [Display(Name = "Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970")]
    public string? H1 { get; set; }

    [Display(Name = "Section H2: Other social care provision")]
    public string? H2 { get; set; }

    [Display(Name = "Section I: Placement")]
    public string? I { get; set; }

    [Display(Name = "Section J: Personal budget")]
    public string? J { get; set; }

    [Display(Name = "Section K: Advice and information")]
    public string? K { get; set; }

    /// <summary>The uploaded document this text came from, as a protected token (never a path the browser chose).</summary>
    public string? DocumentToken { get; set; }

    public string? DocumentName { get; set; }

    public IReadOnlyDictionary<SectionCode, string> ToSections() =>
        PlanSections.Statutory.ToDictionary(s => s.Code, s => Get(s.Code) ?? string.Empty);

    public string? Get(SectionCode code) => code switch
    {
        SectionCode.A => A,
        SectionCode.B => B,
        SectionCode.C => C,
        SectionCode.D => D,
        SectionCode.E => E,
        SectionCode.F => F,
        SectionCode.G => G,
        SectionCode.H1 => H1,
        SectionCode.H2 => H2,
        SectionCode.I => I,
        SectionCode.J => J,
        SectionCode.K => K,
        _ => null,
    };

    public void Set(SectionCode code, string? text)
    {
        switch (code)
        {
            case SectionCode.A: A = text; break;
            case SectionCode.B: B = text; break;
            case SectionCode.C: C = text; break;
            case SectionCode.D: D = text; break;
            case SectionCode.E: E = text; break;
            case SectionCode.F: F = text; break;
            case SectionCode.G: G = text; break;
            case SectionCode.H1: H1 = text; break;
            case SectionCode.H2: H2 = text; break;
            case SectionCode.I: I = text; break;
            case SectionCode.J: J = text; break;
            case SectionCode.K: K = text; break;
            default: break;
        }
    }

    public static DraftForm From(PlanVersion? version)
    {
        var form = new DraftForm();
        if (version is not null)
        {
            foreach (var section in version.Sections)
            {
                form.Set(section.Section, section.Text);
            }
        }

        return form;
    }
}

public sealed class DraftFormValidator : AbstractValidator<DraftForm>
{
    public DraftFormValidator()
    {
        // Shown against section A, the first field, so the error summary links somewhere useful.
        RuleFor(f => f.A).Must((form, _) => PlanSections.Statutory.Any(s => !string.IsNullOrWhiteSpace(form.Get(s.Code))))
            .WithMessage("Enter the text of the plan's sections, or upload its document");
        foreach (var section in PlanSections.Statutory)
        {
            var code = section.Code;
            RuleFor(f => f.Get(code)).MaximumLength(PlanVersion.SectionTextMaxLength)
                .OverridePropertyName(code.ToString())
                .WithMessage($"Section {code} must be {PlanVersion.SectionTextMaxLength:N0} characters or fewer");
        }
    }
}

/// <summary>The page for submitting (or resubmitting) a draft.</summary>
public sealed record DraftPage(
    int PlanId,
    string PlanReference,
    int NextVersionNumber,
    DraftForm Form,
    bool FromUpload,
    Documents.DraftDocumentSplit? Split,
    string? ReturnNote,
    DraftChecks.DraftReading Reading,
    AnnualReview? AmendingReview = null)
{
    public IReadOnlyList<EhcpQa.Domain.DraftChecks.DraftWarning> Warnings => Reading.Warnings;

    /// <summary>The sections whose heading the uploaded document did not have.</summary>
    public IReadOnlyList<SectionCode> MissingFromUpload => Split?.Missing ?? [];

    public DraftUploadForm Upload { get; } = new();
}

/// <summary>The upload form: the draft document as a Word file.</summary>
public sealed class DraftUploadForm
{
    [Display(Name = "Upload the draft document")]
    public IFormFile? Document { get; set; }
}
