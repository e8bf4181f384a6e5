using EhcpQa.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EhcpQa.Web.Persistence.Configurations;

public sealed class PlanVersionConfiguration : IEntityTypeConfiguration<PlanVersion>
{
    public void Configure(EntityTypeBuilder<PlanVersion> builder)
    {
        builder.HasIndex(v => new { v.PlanId, v.Number }).IsUnique();
        builder.HasIndex(v => v.Status);
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(30);
        builder.Property(v => v.SubmittedById).HasMaxLength(450);
        builder.Property(v => v.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.FirstGraderId).HasMaxLength(450);
        builder.Property(v => v.SecondGraderId).HasMaxLength(450);
        builder.Property(v => v.AgreementGraderId).HasMaxLength(450);
        builder.Property(v => v.DecidedById).HasMaxLength(450);
        builder.Property(v => v.DecisionNote).HasMaxLength(PlanVersion.DecisionNoteMaxLength);
        builder.Property(v => v.DecisiveGrade).HasConversion<GradeConversion>();
        builder.Property(v => v.DecisiveResult).HasMaxLength(Domain.Grades.Grading.ResultMaxLength);
        builder.Property(v => v.DecisiveGradeValue).HasMaxLength(Domain.Frameworks.Forms.FrameworkForm.GradeValueMaxLength);
        builder.Ignore(v => v.DecisiveOutcome);
        builder.Property<Guid>(EhcpQaDbContext.ConcurrencyToken).IsConcurrencyToken();

        builder.OwnsMany(v => v.Sections, section =>
        {
            section.ToTable("PlanVersionSections");
            section.WithOwner().HasForeignKey("PlanVersionId");
            section.Property<int>("Id");
            section.HasKey("Id");
            section.Property(s => s.Section).HasConversion<string>().HasMaxLength(10);
            section.Property(s => s.Text).HasMaxLength(Domain.Plans.PlanVersion.SectionTextMaxLength);
        });

        builder.OwnsOne(v => v.Document, document =>
        {
            document.Property(d => d.StorageKey).HasMaxLength(300);
            document.Property(d => d.FileName).HasMaxLength(260);
            document.Property(d => d.Sha256).HasMaxLength(64);
        });
    }
}
