using EhcpQa.Domain.Moderation;
using EhcpQa.Domain.Sampling;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EhcpQa.Web.Persistence.Configurations;

public sealed class PanelSessionConfiguration : IEntityTypeConfiguration<PanelSession>
{
    public void Configure(EntityTypeBuilder<PanelSession> builder)
    {
        builder.Property(s => s.Level).HasConversion<string>().HasMaxLength(30);
        builder.Property(s => s.Theme).HasMaxLength(PanelSession.ThemeMaxLength);
        builder.Property(s => s.ChairId).HasMaxLength(450);
        builder.Property(s => s.CreatedById).HasMaxLength(450);
        builder.Property(s => s.AdviceSettingChangedById).HasMaxLength(450);
        builder.Property<Guid>(EhcpQaDbContext.ConcurrencyToken).IsConcurrencyToken();
        builder.HasOne<DipSample>().WithMany().HasForeignKey(s => s.DipSampleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.HeldOn);

        builder.OwnsMany(s => s.Members, member =>
        {
            member.ToTable("PanelMembers");
            member.WithOwner().HasForeignKey("PanelSessionId");
            member.Property<int>("Id");
            member.HasKey("Id");
            member.Property(m => m.UserId).HasMaxLength(450);
            member.Property(m => m.Agency).HasConversion<string>().HasMaxLength(30);
            member.HasIndex("PanelSessionId", nameof(PanelMember.UserId)).IsUnique();
        });

        builder.OwnsMany(s => s.Assignments, assignment =>
        {
            assignment.ToTable("PanelAssignments");
            assignment.WithOwner().HasForeignKey("PanelSessionId");
            assignment.Property<int>("Id");
            assignment.HasKey("Id");
            assignment.Property(a => a.ModeratorId).HasMaxLength(450);
            assignment.HasIndex(a => a.ModeratorId);
            assignment.HasIndex("PanelSessionId", nameof(PanelAssignment.PlanId), nameof(PanelAssignment.ModeratorId)).IsUnique();
        });
    }
}
