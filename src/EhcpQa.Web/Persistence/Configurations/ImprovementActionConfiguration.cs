using EhcpQa.Domain.Moderation;
using EhcpQa.Domain.Sampling;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EhcpQa.Web.Persistence.Configurations;

public sealed class ImprovementActionConfiguration : IEntityTypeConfiguration<ImprovementAction>
{
    public void Configure(EntityTypeBuilder<ImprovementAction> builder)
    {
        builder.Property(a => a.Description).HasMaxLength(ImprovementAction.DescriptionMaxLength);
        builder.Property(a => a.OwnerAgency).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.Owner).HasMaxLength(ImprovementAction.OwnerMaxLength);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.ClosingNote).HasMaxLength(ImprovementAction.NoteMaxLength);
        builder.Property(a => a.ClosedById).HasMaxLength(450);
        builder.Property(a => a.RaisedById).HasMaxLength(450);
        builder.Property(a => a.UpdatedById).HasMaxLength(450);
        builder.Property<Guid>(EhcpQaDbContext.ConcurrencyToken).IsConcurrencyToken();
        builder.HasOne<PanelSession>().WithMany().HasForeignKey(a => a.PanelSessionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.Status, a.DueOn });

        // The re-audit: its theme in the action's own row (as a sample's), and the sample chosen for it.
        builder.Property(a => a.ReauditFocus).HasMaxLength(ImprovementAction.ReauditFocusMaxLength);
        builder.HasOne<DipSample>().WithMany().HasForeignKey(a => a.ReauditSampleId).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsOne(a => a.ReauditTheme, theme =>
        {
            theme.Property(t => t.Cohort).HasConversion<string>().HasMaxLength(30);
            theme.Property(t => t.Phase).HasConversion<string>().HasMaxLength(20);
            theme.Property(t => t.Need).HasConversion<string>().HasMaxLength(40);
            theme.Property(t => t.Setting).HasConversion<string>().HasMaxLength(40);
            theme.Property(t => t.Kind).HasConversion<string>().HasMaxLength(20);
        });
        builder.Navigation(a => a.ReauditTheme).IsRequired();

        builder.OwnsMany(a => a.History, change =>
        {
            change.ToTable("ImprovementActionChanges");
            change.WithOwner().HasForeignKey("ImprovementActionId");
            change.Property<int>("Id");
            change.HasKey("Id");
            change.Property(c => c.Kind).HasConversion<string>().HasMaxLength(30);
            change.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
            change.Property(c => c.ById).HasMaxLength(450);
            change.Property(c => c.Note).HasMaxLength(ImprovementAction.NoteMaxLength);
        });
    }
}
