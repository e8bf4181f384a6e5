using EhcpQa.Domain.Plans;
using EhcpQa.Web.Persistence.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EhcpQa.Web.Persistence.Configurations;

public sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> builder)
    {
        builder.Property(p => p.Reference).HasMaxLength(Plan.ReferenceMaxLength);
        builder.HasIndex(p => p.Reference).IsUnique();
        builder.Property(p => p.ChildIdentifier).HasMaxLength(Plan.ChildIdentifierMaxLength);
        builder.Property(p => p.PrimaryNeed).HasConversion<string>().HasMaxLength(50);
        builder.Property(p => p.SecondaryNeed).HasConversion<string>().HasMaxLength(50);
        builder.Property(p => p.Setting).HasConversion<string>().HasMaxLength(50);
        builder.Property(p => p.SettingName).HasMaxLength(Plan.SettingNameMaxLength);
        builder.Property(p => p.Stage).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.CaseworkerId).HasMaxLength(450);
        builder.Property(p => p.CreatedById).HasMaxLength(450);
        builder.Property(p => p.UpdatedById).HasMaxLength(450);
        builder.Property<Guid>(EhcpQaDbContext.ConcurrencyToken).IsConcurrencyToken();
        builder.Ignore(p => p.PrimaryArea);
        builder.Ignore(p => p.CurrentVersion);
        builder.Ignore(p => p.WasRegraded);
        builder.Ignore(p => p.LatestReview);
        builder.Ignore(p => p.AmendingReview);
        builder.HasMany(p => p.Versions).WithOne().HasForeignKey(v => v.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Events).WithOne().HasForeignKey(e => e.PlanId).OnDelete(DeleteBehavior.Restrict);
        // A plan's reviews are few (one a year) and decide whether it is being drafted, so they always come with it.
        builder.HasMany(p => p.Reviews).WithOne().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(p => p.Reviews).AutoInclude();
        builder.Ignore(p => p.CountsInTwentyWeeks);
        // A plan has at most one exception to the 20-week timescale at a time, kept in the plan's own row; its history is in the plan's events.
        builder.OwnsOne(p => p.TwentyWeekException, exception =>
        {
            exception.Property(e => e.Reason).HasConversion<string>().HasMaxLength(40);
            exception.Property(e => e.Note).HasMaxLength(TwentyWeekException.NoteMaxLength);
            exception.Property(e => e.RecordedById).HasMaxLength(450);
        });
        builder.HasMany(p => p.AssuredGrades).WithOne().HasForeignKey(a => a.PlanId).OnDelete(DeleteBehavior.Restrict);

        builder.HasOne<Locality>().WithMany().HasForeignKey(p => p.LocalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(p => p.CaseworkerId).OnDelete(DeleteBehavior.Restrict);

        builder.HasIndex(p => new { p.LocalityId, p.Stage });
        builder.HasIndex(p => p.CaseworkerId);
        // The register lists plans in this order, a page at a time: the index gives the page without sorting every plan.
        builder.HasIndex(p => new { p.StatutoryDeadline, p.Reference });
        builder.HasIndex(p => p.IssuedOn);
        // Drafts (live work) across localities, read beside the plans being amended (Persistence/Queries/PlanFilters).
        builder.HasIndex(p => p.Stage);
    }
}
