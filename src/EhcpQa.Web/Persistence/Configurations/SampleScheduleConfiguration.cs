using EhcpQa.Domain.Sampling;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EhcpQa.Web.Persistence.Configurations;

public sealed class SampleScheduleConfiguration : IEntityTypeConfiguration<SampleSchedule>
{
    public void Configure(EntityTypeBuilder<SampleSchedule> builder)
    {
        builder.Property(s => s.Title).HasMaxLength(SampleSchedule.TitleMaxLength);
        builder.Property(s => s.Repeat).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.CreatedById).HasMaxLength(450);
        builder.Property(s => s.ChangedById).HasMaxLength(450);
        builder.Property<Guid>(EhcpQaDbContext.ConcurrencyToken).IsConcurrencyToken();
        builder.OwnsOne(s => s.Theme, SampleThemeColumns.Configure);
        builder.Navigation(s => s.Theme).IsRequired();

        // Each window is drawn once: the unique index is the guard when two instances draw at the same moment.
        builder.OwnsMany(s => s.Draws, draw =>
        {
            draw.ToTable("ScheduledDraws");
            draw.WithOwner().HasForeignKey("SampleScheduleId");
            draw.Property<int>("Id");
            draw.HasKey("Id");
            draw.HasIndex("SampleScheduleId", nameof(ScheduledDraw.PeriodStart)).IsUnique();
            draw.HasOne<DipSample>().WithMany().HasForeignKey(d => d.DipSampleId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
