using EhcpQa.Domain.Moderation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EhcpQa.Web.Persistence.Configurations;

/// <summary>The rows of a session's summary of learning: children of <see cref="PanelSession"/>, removed with it.</summary>
public sealed class LearningEntryConfiguration : IEntityTypeConfiguration<LearningEntry>
{
    public void Configure(EntityTypeBuilder<LearningEntry> builder)
    {
        builder.ToTable("PanelSessionLearning");
        builder.HasOne<PanelSession>().WithMany(s => s.Learning).HasForeignKey("PanelSessionId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Property(e => e.Area).HasMaxLength(LearningEntry.AreaMaxLength);
        builder.Property(e => e.Feedback).HasMaxLength(LearningEntry.TextMaxLength);
        builder.Property(e => e.Learning).HasMaxLength(LearningEntry.TextMaxLength);
        builder.Property(e => e.FromTribunals).HasMaxLength(LearningEntry.TextMaxLength);
        builder.Property(e => e.RecordedById).HasMaxLength(450);
    }
}
