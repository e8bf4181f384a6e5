using System.ComponentModel.DataAnnotations;
using System.Globalization;
using EhcpQa.Domain;
using EhcpQa.Domain.Sampling;
using EhcpQa.Web.Infrastructure.Authorization;
using EhcpQa.Web.Infrastructure.Forms;
using EhcpQa.Web.Persistence;
using EhcpQa.Web.Persistence.Identity;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Features.Samples;

/// <summary>
/// The QA lead sets the new-officer rule (every plan of a new caseworker is sampled until they have been in post a number
/// of months, or until their last grades all reach the bar) and sees who is on it and why.
/// </summary>
[Authorize(Policy = Policies.QaLeadWork)]
[Route("samples/new-officers")]
public sealed class NewOfficersController(EhcpQaDbContext db, TimeProvider clock, ILogger<NewOfficersController> logger) : Controller
{
    private const string Prefix = "Rule.";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View("NewOfficers", await PageAsync(NewOfficerRuleForm.From(await db.LatestSettingAsync<NewOfficerRuleChange>(cancellationToken)), cancellationToken));

    [HttpPost("")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Index([Bind(Prefix = "Rule")] NewOfficerRuleForm form, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            if (await this.TrySaveSettingAsync<NewOfficerRuleChange>(
                db,
                latest => NewOfficerRuleChange.Make(form.ToRule(), form.ReadFrom, latest, User.ToActor().UserId, clock.GetUtcNow()),
                Prefix + nameof(NewOfficerRuleForm.InPostMonths),
                readFrom => form.ReadFrom = readFrom,
                cancellationToken))
            {
                logger.LogInformation("New-officer rule set by {UserId}", User.ToActor().UserId);
                TempData["Success"] = "The new-officer rule is saved. Samples drawn from now follow it";
                return RedirectToAction(nameof(Index));
            }
        }

        return View("NewOfficers", await PageAsync(form, cancellationToken));
    }

    private async Task<NewOfficersPage> PageAsync(NewOfficerRuleForm form, CancellationToken cancellationToken)
    {
        var history = await db.SettingHistoryAsync<NewOfficerRuleChange>(cancellationToken);
        var rule = history.Latest?.Rule ?? NewOfficerRule.None;
        var standings = rule.IsSet
            ? await NewOfficerStandings.OfCaseworkersAsync(db, rule, ServiceCalendar.DateOf(clock.GetUtcNow()), cancellationToken)
            : [];
        var localities = await db.Localities.AsNoTracking().ToDictionaryAsync(l => l.Id, l => l.Name, cancellationToken);
        return new NewOfficersPage(form, rule, standings, localities, history.Changes, history.Names);
    }
}

/// <summary>The rule in force, who is on it and why, and every setting made.</summary>
public sealed record NewOfficersPage(
    NewOfficerRuleForm Rule,
    NewOfficerRule InForce,
    IReadOnlyList<CaseworkerStanding> Caseworkers,
    IReadOnlyDictionary<int, string> Localities,
    IReadOnlyList<NewOfficerRuleChange> Changes,
    StaffNames Names)
{
    public int OnTheRule => Caseworkers.Count(c => c.Standing.OnTheRule);

    public static string Described(NewOfficerRule rule) => (rule.InPostMonths, rule.LastGradesAtBar) switch
    {
        (null, null) => "None",
        ({ } months, null) => $"Until {months} months in post",
        (null, { } grades) => $"Until the last {grades} grades reach the bar",
        ({ } months, { } grades) => $"Until {months} months in post, or the last {grades} grades reach the bar",
    };
}

/// <summary>The rule as typed, with the setting it was read from (none before the first).</summary>
public sealed class NewOfficerRuleForm
{
    [Display(Name = "Months in post")]
    public string? InPostMonths { get; set; }

    [Display(Name = "Last grades that must reach the bar")]
    public string? LastGradesAtBar { get; set; }

    public int? ReadFrom { get; set; }

    public static NewOfficerRuleForm From(NewOfficerRuleChange? latest) => new()
    {
        InPostMonths = latest?.InPostMonths?.ToString(CultureInfo.InvariantCulture),
        LastGradesAtBar = latest?.LastGradesAtBar?.ToString(CultureInfo.InvariantCulture),
        ReadFrom = latest?.Id,
    };

    /// <summary>A number typed, null when left empty, and -1 (out of every range) when it is not a whole number.</summary>
    public static int? Number(string? typed) =>
        string.IsNullOrWhiteSpace(typed) ? null
        : int.TryParse(typed.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;

    public NewOfficerRule ToRule() => new(Number(InPostMonths), Number(LastGradesAtBar));
}

public sealed class NewOfficerRuleFormValidator : AbstractValidator<NewOfficerRuleForm>
{
    public NewOfficerRuleFormValidator() =>
        RuleFor(f => f).Custom((form, context) => context.AddProblems(form.ToRule().Problems(), nameof(NewOfficerRuleForm.InPostMonths)));
}
