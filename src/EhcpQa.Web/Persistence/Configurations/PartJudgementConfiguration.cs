using EhcpQa.Domain.Frameworks.Forms;
using EhcpQa.Domain.Grades;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EhcpQa.Web.Persistence.Configurations;

public sealed class PartJudgementConfiguration : IEntityTypeConfiguration<PartJudgement>
{
    public void Configure(EntityTypeBuilder<PartJudgement> builder)
    {
        builder.ToTable("PartJudgements");
        builder.Property(j => j.PartCode).HasMaxLength(FrameworkForm.CodeMaxLength);
        builder.Property(j => j.SuggestedGrade).HasMaxLength(FrameworkForm.GradeValueMaxLength);
        builder.Property(j => j.Grade).HasMaxLength(FrameworkForm.GradeValueMaxLength);
        builder.Property(j => j.Rating).HasMaxLength(FrameworkForm.OptionValueMaxLength);
        builder.Property(j => j.Awarded).HasPrecision(18, 4);
        builder.Property(j => j.Available).HasPrecision(18, 4);
        foreach (var text in new[]
                 {
                     nameof(PartJudgement.OverrideReason), nameof(PartJudgement.Strengths), nameof(PartJudgement.AreasForImprovement),
                     nameof(PartJudgement.Rationale), nameof(PartJudgement.SuggestedWording),
                 })
        {
            builder.Property(text).HasMaxLength(SectionJudgement.CommentaryMaxLength);
        }

        builder.Ignore(j => j.IsOverridden);
        builder.Ignore(j => j.Points);
        builder.HasIndex("GradingId", nameof(PartJudgement.PartCode)).IsUnique();

        builder.OwnsMany(j => j.Answers, answer =>
        {
            answer.ToTable("ItemAnswers");
            answer.WithOwner().HasForeignKey("PartJudgementId");
            answer.Property<int>("Id");
            answer.HasKey("Id");
            answer.Property(a => a.ItemCode).HasMaxLength(FrameworkForm.CodeMaxLength);
            answer.Property(a => a.Value).HasMaxLength(SectionJudgement.CommentaryMaxLength);
        });
    }
}
