using EhcpQa.Domain.Sampling;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EhcpQa.Web.Persistence.Configurations;

public sealed class PlannedAuditConfiguration : IEntityTypeConfiguration<PlannedAudit>
{
    public void Configure(EntityTypeBuilder<PlannedAudit> builder)
    {
        builder.Property(a => a.ThemeTitle).HasMaxLength(PlannedAudit.ThemeTitleMaxLength);
        builder.Property(a => a.Notes).HasMaxLength(PlannedAudit.NotesMaxLength);
        builder.Property(a => a.WindowKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.CreatedById).HasMaxLength(450);
        builder.Property(a => a.ChangedById).HasMaxLength(450);
        builder.Property<Guid>(EhcpQaDbContext.ConcurrencyToken).IsConcurrencyToken();
        builder.Ignore(a => a.Window);
        builder.OwnsOne(a => a.Theme, SampleThemeColumns.Configure);
        builder.Navigation(a => a.Theme).IsRequired();
        builder.HasOne<SampleSchedule>().WithMany().HasForeignKey(a => a.SampleScheduleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<DipSample>().WithMany().HasForeignKey(a => a.DipSampleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.SampleScheduleId, a.PeriodStart });
        builder.HasIndex(a => new { a.Status, a.PeriodStart });
    }
}
