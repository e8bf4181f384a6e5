using EhcpQa.Domain;
using EhcpQa.Domain.Moderation;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Sampling;
using EhcpQa.Domain.Staff;
using EhcpQa.Web.Persistence.Identity;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Persistence;

/// <summary>A kept setting's history, newest first, with the names of those who made each change.</summary>
public sealed record SettingHistory<T>(IReadOnlyList<T> Changes, StaffNames Names)
    where T : class, IKeptSetting
{
    /// <summary>The setting in force; null while none has been made.</summary>
    public T? Latest => Changes.Count > 0 ? Changes[0] : null;
}

/// <summary>Reads the authority's kept settings (<see cref="IKeptSetting"/>): the one in force and their histories.</summary>
public static class KeptSettings
{
    /// <summary>The latest change of a setting; null while none has been made (and the setting's default holds).</summary>
    public static Task<T?> LatestSettingAsync<T>(this EhcpQaDbContext db, CancellationToken cancellationToken)
        where T : class, IKeptSetting =>
        db.Set<T>().AsNoTracking().OrderByDescending(c => c.Id).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Every change of a setting, newest first, with who made each.</summary>
    public static async Task<SettingHistory<T>> SettingHistoryAsync<T>(this EhcpQaDbContext db, CancellationToken cancellationToken)
        where T : class, IKeptSetting
    {
        var changes = await db.Set<T>().AsNoTracking().OrderByDescending(c => c.Id).ToListAsync(cancellationToken);
        return new SettingHistory<T>(changes, await StaffNames.LoadAsync(db, changes.Select(c => c.ChangedBy), cancellationToken));
    }

    /// <summary>The sign-off policy in force.</summary>
    public static async Task<SignOffPolicy> SignOffPolicyAsync(this EhcpQaDbContext db, CancellationToken cancellationToken) =>
        (await db.LatestSettingAsync<SignOffPolicyChange>(cancellationToken))?.Policy ?? SignOffPolicy.Default;

    /// <summary>The second-factor policy in force.</summary>
    public static async Task<SecondFactorPolicy> SecondFactorPolicyAsync(this EhcpQaDbContext db, CancellationToken cancellationToken) =>
        (await db.LatestSettingAsync<SecondFactorPolicyChange>(cancellationToken))?.Policy ?? SecondFactorPolicy.Default;

    /// <summary>The panel feedback policy in force.</summary>
    public static async Task<PanelFeedbackPolicy> PanelFeedbackPolicyAsync(this EhcpQaDbContext db, CancellationToken cancellationToken) =>
        (await db.LatestSettingAsync<PanelFeedbackPolicyChange>(cancellationToken))?.Policy ?? PanelFeedbackPolicy.Default;

    /// <summary>The panel representation in force.</summary>
    public static async Task<PanelRepresentation> PanelRepresentationAsync(this EhcpQaDbContext db, CancellationToken cancellationToken) =>
        (await db.LatestSettingAsync<PanelRepresentationChange>(cancellationToken))?.Representation ?? PanelRepresentation.Default;

    /// <summary>The advice policy in force.</summary>
    public static async Task<Domain.Advice.AdvicePolicy> AdvicePolicyAsync(this EhcpQaDbContext db, CancellationToken cancellationToken) =>
        (await db.LatestSettingAsync<Domain.Advice.AdvicePolicyChange>(cancellationToken))?.Policy ?? Domain.Advice.AdvicePolicy.Default;

    /// <summary>The family survey policy in force.</summary>
    public static async Task<Domain.Families.SurveyPolicy> SurveyPolicyAsync(this EhcpQaDbContext db, CancellationToken cancellationToken) =>
        (await db.LatestSettingAsync<Domain.Families.SurveyPolicyChange>(cancellationToken))?.Policy ?? Domain.Families.SurveyPolicy.Default;

    /// <summary>The new-officer rule in force.</summary>
    public static async Task<NewOfficerRule> NewOfficerRuleAsync(this EhcpQaDbContext db, CancellationToken cancellationToken) =>
        (await db.LatestSettingAsync<NewOfficerRuleChange>(cancellationToken))?.Rule ?? NewOfficerRule.None;
}
