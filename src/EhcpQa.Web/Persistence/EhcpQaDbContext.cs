using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Moderation;
using EhcpQa.Domain.Notifications;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Reporting;
using EhcpQa.Domain.Sampling;
using EhcpQa.Domain.Staff;
using EhcpQa.Web.Persistence.Files;
using EhcpQa.Web.Persistence.Identity;
using EhcpQa.Web.Persistence.Leases;
using EhcpQa.Web.Persistence.Notifications;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Persistence;

/// <summary>
/// The database of the service. Each provider (SQLite, SQL Server) has its own subclass so that each
/// keeps its own migrations; the model is defined once, here and in the configurations beside it.
/// It also holds what several instances of the service share: data protection keys, stored files and
/// job leases.
/// </summary>
public abstract class EhcpQaDbContext : IdentityDbContext<ApplicationUser>, IDataProtectionKeyContext
{
    /// <summary>The shadow property every versioned entity carries for optimistic concurrency.</summary>
    public const string ConcurrencyToken = nameof(ConcurrencyToken);

    protected EhcpQaDbContext(DbContextOptions options) : base(options)
    {
    }

    public DbSet<Framework> Frameworks => Set<Framework>();

    public DbSet<FrameworkVersion> FrameworkVersions => Set<FrameworkVersion>();

    /// <summary>Which framework version each purpose uses: one row for the authority.</summary>
    public DbSet<FrameworkUses> FrameworkUses => Set<FrameworkUses>();

    public DbSet<Plan> Plans => Set<Plan>();

    /// <summary>Every setting of the sign-off policy; the latest is in force.</summary>
    public DbSet<SignOffPolicyChange> SignOffPolicyChanges => Set<SignOffPolicyChange>();

    public DbSet<NewOfficerRuleChange> NewOfficerRuleChanges => Set<NewOfficerRuleChange>();

    /// <summary>Every setting of whether panels are named beside their feedback; the latest is in force.</summary>
    public DbSet<PanelFeedbackPolicyChange> PanelFeedbackPolicyChanges => Set<PanelFeedbackPolicyChange>();

    public DbSet<Locality> Localities => Set<Locality>();

    public DbSet<PlanVersion> PlanVersions => Set<PlanVersion>();

    public DbSet<AnnualReview> AnnualReviews => Set<AnnualReview>();

    /// <summary>Advice requested for plans from the services that give it, and the advice received.</summary>
    public DbSet<Domain.Advice.AdviceRequest> AdviceRequests => Set<Domain.Advice.AdviceRequest>();

    /// <summary>The advice policy as set over time (when advice is due); the latest is in force.</summary>
    public DbSet<Domain.Advice.AdvicePolicyChange> AdvicePolicyChanges => Set<Domain.Advice.AdvicePolicyChange>();

    public DbSet<Domain.Advice.SchoolClosure> SchoolClosures => Set<Domain.Advice.SchoolClosure>();

    /// <summary>Survey links sent to families and young people, and their answers.</summary>
    public DbSet<Domain.Families.SurveyInvitation> SurveyInvitations => Set<Domain.Families.SurveyInvitation>();

    /// <summary>Survey links to be e-mailed to the address staff gave: the outbox, holding the address and link only until sent or given up.</summary>
    public DbSet<Domain.Families.SurveyEmail> SurveyEmails => Set<Domain.Families.SurveyEmail>();

    /// <summary>The family survey settings: how long links stay valid, easy read for young people.</summary>
    public DbSet<Domain.Families.SurveyPolicyChange> SurveyPolicyChanges => Set<Domain.Families.SurveyPolicyChange>();

    public DbSet<PlanEvent> PlanEvents => Set<PlanEvent>();

    public DbSet<Grading> Gradings => Set<Grading>();

    /// <summary>The dashboards' read model: one row per decisive grade.</summary>
    public DbSet<AssuredGrade> AssuredGrades => Set<AssuredGrade>();

    public DbSet<DipSample> DipSamples => Set<DipSample>();

    /// <summary>The QA leads' repeating samples, with the windows each has drawn.</summary>
    public DbSet<SampleSchedule> SampleSchedules => Set<SampleSchedule>();

    /// <summary>The forward plan of themed audits.</summary>
    public DbSet<PlannedAudit> PlannedAudits => Set<PlannedAudit>();

    public DbSet<PanelSession> PanelSessions => Set<PanelSession>();

    /// <summary>Every setting of the panel representation (agencies a panel must include, their names, the fewest plans a session moderates); the latest is in force.</summary>
    public DbSet<PanelRepresentationChange> PanelRepresentationChanges => Set<PanelRepresentationChange>();

    public DbSet<ImprovementAction> ImprovementActions => Set<ImprovementAction>();

    public DbSet<BoardReport> BoardReports => Set<BoardReport>();

    /// <summary>Files kept in the database (uploaded drafts), readable by every instance.</summary>
    public DbSet<StoredFile> StoredFiles => Set<StoredFile>();

    /// <summary>Which instance runs each scheduled or start-up job, and until when.</summary>
    public DbSet<JobLease> JobLeases => Set<JobLease>();

    /// <summary>The data protection key ring, shared by every instance (unless <c>DataProtection:KeysPath</c> is set).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>What people are told is waiting for them; the outbox of their e-mails.</summary>
    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<EmailOptOut> EmailOptOuts => Set<EmailOptOut>();

    /// <summary>Signed-in sessions, checked on every request so that signing out or disabling an account ends them at once.</summary>
    public DbSet<StaffSession> StaffSessions => Set<StaffSession>();

    public DbSet<SecondFactorPolicyChange> SecondFactorPolicyChanges => Set<SecondFactorPolicyChange>();

    /// <summary>The security and access log: only ever added to, each entry sealed into a hash chain.</summary>
    public DbSet<Audit.SecurityEvent> SecurityEvents => Set<Audit.SecurityEvent>();

    /// <summary>Secrets of the service's own (such as the moderation pseudonyms' key), shared by every instance.</summary>
    public DbSet<ServiceSecret> ServiceSecrets => Set<ServiceSecret>();

    /// <summary>The QA leads' changes to the word lists the draft checks read by.</summary>
    public DbSet<Domain.DraftChecks.WordingChange> WordingChanges => Set<Domain.DraftChecks.WordingChange>();

    /// <summary>Register files uploaded to be imported, and what each import did.</summary>
    public DbSet<Domain.Register.RegisterImport> RegisterImports => Set<Domain.Register.RegisterImport>();

    /// <summary>
    /// Whether a save tells people of the changes it makes (<see cref="PlanNotifier"/>): true, except while demo
    /// data and history are loaded, which nobody is waiting for.
    /// </summary>
    public bool Notifies { get; set; } = true;

    /// <summary>The service's clock, for the time of what a save tells people; set whenever the context is leased for a scope.</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>
    /// Sets the concurrency token that the edit form posted back, so a stale edit is refused on save. The
    /// entity's own row is always updated (with a new token), even when only its children changed, so
    /// two saves made from the same form are never both accepted.
    /// </summary>
    public void ExpectConcurrencyToken(object entity, Guid token)
    {
        var property = Entry(entity).Property(ConcurrencyToken);
        property.OriginalValue = token;
        property.IsModified = true;
    }

    public Guid ConcurrencyTokenOf(object entity) => (Guid)Entry(entity).Property(ConcurrencyToken).CurrentValue!;

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RenewConcurrencyTokens();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (Notifies)
        {
            await PlanNotifier.AddNotificationsAsync(this, Clock.GetUtcNow(), cancellationToken);
        }

        RenewConcurrencyTokens();
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(EhcpQaDbContext).Assembly);
    }

    private void RenewConcurrencyTokens()
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Added or EntityState.Modified
                && entry.Metadata.FindProperty(ConcurrencyToken) is not null)
            {
                entry.Property(ConcurrencyToken).CurrentValue = Guid.NewGuid();
            }
        }
    }
}
