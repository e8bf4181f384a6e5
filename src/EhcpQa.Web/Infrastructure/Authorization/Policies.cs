using EhcpQa.Domain.Staff;
using Microsoft.AspNetCore.Authorization;

namespace EhcpQa.Web.Infrastructure.Authorization;

/// <summary>The named authorisation policies. Every controller names one; signing in is required everywhere else.</summary>
public static class Policies
{
    /// <summary>The plan register: caseworkers, locality managers and QA leads (each sees only what <c>PlanAccess</c> allows).</summary>
    public const string PlanRegister = nameof(PlanRegister);

    /// <summary>Reading the QA framework: anyone signed in.</summary>
    public const string FrameworkReader = nameof(FrameworkReader);

    /// <summary>Submitting drafts for sign-off: caseworkers (their own plans) and QA leads.</summary>
    public const string Drafts = nameof(Drafts);

    /// <summary>Grading and deciding on drafts: locality managers (their locality) and QA leads.</summary>
    public const string SignOff = nameof(SignOff);

    /// <summary>Running quality assurance: drawing dip samples and setting up moderation sessions (QA leads).</summary>
    public const string QaLeadWork = nameof(QaLeadWork);

    /// <summary>Importing the register exported from the case-management system: QA leads and administrators.</summary>
    public const string RegisterImport = nameof(RegisterImport);

    /// <summary>Moderating assigned plans: panel members, and locality managers and QA leads in leadership dip samples; caseworkers who are members of a peer moderation session.</summary>
    public const string Moderation = nameof(Moderation);

    /// <summary>
    /// Filling in and reading gradings: everyone who grades (locality managers and QA leads for sign-off,
    /// panel members, managers and QA leads for moderation, caseworkers who are members of a peer
    /// moderation session, and agency leads auditing their agency's advice). Each grading is then checked
    /// against the rules of its purpose.
    /// </summary>
    public const string Grading = nameof(Grading);

    /// <summary>The dashboards: QA leads (the authority), locality managers (their locality), board members (aggregates, small numbers suppressed).</summary>
    public const string Dashboard = nameof(Dashboard);

    /// <summary>The quality of plans by caseworker: caseworkers (their own), locality managers (their locality's caseworkers) and QA leads (every caseworker).</summary>
    public const string Quality = nameof(Quality);

    /// <summary>The published monthly board summaries: board members and QA leads (who also generate them).</summary>
    public const string Reports = nameof(Reports);

    /// <summary>Managing user accounts.</summary>
    public const string Administration = nameof(Administration);

    /// <summary>What every member of staff has of their own: the notifications for them and their choices.</summary>
    public const string OwnNotifications = nameof(OwnNotifications);

    /// <summary>
    /// Professional advice: caseworkers, locality managers and QA leads (the advice of the plans they may see) and agency
    /// leads (their agency's advice only), each request then checked by <c>AdviceAccess</c>.
    /// </summary>
    public const string Advice = nameof(Advice);

    /// <summary>The advice scorecard: QA leads (every agency) and agency leads (their own).</summary>
    public const string AdviceScorecard = nameof(AdviceScorecard);

    /// <summary>The security and access log: QA leads and administrators.</summary>
    public const string SecurityLog = nameof(SecurityLog);

    public static void Configure(AuthorizationOptions options)
    {
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        options.AddPolicy(PlanRegister, p => p.RequireRole(StaffRole.Caseworker, StaffRole.LocalityManager, StaffRole.QaLead));
        options.AddPolicy(FrameworkReader, p => p.RequireAuthenticatedUser());
        options.AddPolicy(Drafts, p => p.RequireRole(StaffRole.Caseworker, StaffRole.QaLead));
        options.AddPolicy(SignOff, p => p.RequireRole(StaffRole.LocalityManager, StaffRole.QaLead));
        options.AddPolicy(QaLeadWork, p => p.RequireRole(StaffRole.QaLead));
        options.AddPolicy(RegisterImport, p => p.RequireRole(StaffRole.QaLead, StaffRole.Administrator));
        options.AddPolicy(Moderation, p => p.RequireAuthenticatedUser().AddRequirements(new ModeratorRequirement()));
        options.AddPolicy(Grading, p => p.RequireAuthenticatedUser().AddRequirements(new GraderRequirement()));
        options.AddPolicy(Dashboard, p => p.RequireRole(StaffRole.QaLead, StaffRole.LocalityManager, StaffRole.BoardMember));
        options.AddPolicy(Quality, p => p.RequireRole(StaffRole.Caseworker, StaffRole.LocalityManager, StaffRole.QaLead));
        options.AddPolicy(Reports, p => p.RequireRole(StaffRole.QaLead, StaffRole.BoardMember));
        options.AddPolicy(Administration, p => p.RequireRole(StaffRole.Administrator));
        options.AddPolicy(OwnNotifications, p => p.RequireAuthenticatedUser());
        options.AddPolicy(Advice, p => p.RequireRole(StaffRole.Caseworker, StaffRole.LocalityManager, StaffRole.QaLead, StaffRole.AgencyLead));
        options.AddPolicy(AdviceScorecard, p => p.RequireRole(StaffRole.QaLead, StaffRole.AgencyLead));
        options.AddPolicy(SecurityLog, p => p.RequireRole(StaffRole.QaLead, StaffRole.Administrator));
    }
}
