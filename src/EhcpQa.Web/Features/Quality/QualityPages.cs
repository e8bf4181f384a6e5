using System.ComponentModel.DataAnnotations;
using EhcpQa.Domain.Quality;
using EhcpQa.Web.Infrastructure.Forms;
using FluentValidation;

namespace EhcpQa.Web.Features.Quality;

/// <summary>The period as typed: two dates, both left empty for the last 12 months.</summary>
public sealed class QualityPeriodForm
{
    [Display(Name = "From")]
    public DateInput From { get; set; } = new();

    [Display(Name = "To")]
    public DateInput To { get; set; } = new();

    public bool IsEmpty => From.IsEmpty && To.IsEmpty;

    /// <summary>The period as a query string, for links that keep it.</summary>
    public string Query =>
        $"Period.From.Day={From.Day}&Period.From.Month={From.Month}&Period.From.Year={From.Year}&Period.To.Day={To.Day}&Period.To.Month={To.Month}&Period.To.Year={To.Year}";
}

public sealed class QualityPeriodFormValidator : AbstractValidator<QualityPeriodForm>
{
    public QualityPeriodFormValidator()
    {
        When(f => !f.IsEmpty, () =>
        {
            RuleFor(f => f.From).SetValidator(new DateInputValidator("start date"));
            RuleFor(f => f.To).SetValidator(new DateInputValidator("end date"));
        });
    }
}

/// <summary>One caseworker's row in a manager's or QA lead's table.</summary>
/// <param name="MayOpen">Whether the person may open the caseworker's own page (<see cref="QualityAccess.MaySee"/>).</param>
public sealed record CaseworkerRow(CaseworkerFigures Figures, string Name, bool MayOpen);

/// <summary>A page with the period form.</summary>
public interface IQualityPeriodPage
{
    QualityPeriodForm Period { get; }
}

/// <param name="Counted">The period counted; null when the dates typed are not one.</param>
/// <param name="Whose">Whose rows the table holds, in words.</param>
public sealed record QualityPage(QualityPeriodForm Period, QualityPeriod? Counted, IReadOnlyList<CaseworkerRow> Rows, string Whose) : IQualityPeriodPage;

/// <param name="Figures">The caseworker's figures; null when the dates typed are not a period.</param>
/// <param name="References">Each plan's reference, by id.</param>
public sealed record CaseworkerQualityPage(
    QualityPeriodForm Period,
    QualityPeriod? Counted,
    string Name,
    bool OwnPage,
    bool BackToTable,
    CaseworkerFigures? Figures,
    IReadOnlyDictionary<int, string> References) : IQualityPeriodPage;

/// <summary>How the pages write a count with its share.</summary>
public static class QualityWords
{
    /// <summary>"4 (80%)", or the count alone when the share is not to be read.</summary>
    public static string WithShare(int count, Percentage? share) => share is null ? count.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{count} ({share})";
}
