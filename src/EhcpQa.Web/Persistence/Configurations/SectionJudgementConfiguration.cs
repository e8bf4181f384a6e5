using EhcpQa.Domain.Grades;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EhcpQa.Web.Persistence.Configurations;

public sealed class SectionJudgementConfiguration : IEntityTypeConfiguration<SectionJudgement>
{
    public void Configure(EntityTypeBuilder<SectionJudgement> builder)
    {
        builder.Property(j => j.Section).HasConversion<string>().HasMaxLength(10);
        builder.Property(j => j.SuggestedGrade).HasConversion<GradeConversion>();
        builder.Property(j => j.Grade).HasConversion<GradeConversion>();
        foreach (var text in new[]
                 {
                     nameof(SectionJudgement.OverrideReason), nameof(SectionJudgement.Strengths), nameof(SectionJudgement.AreasForImprovement),
                     nameof(SectionJudgement.Rationale), nameof(SectionJudgement.SuggestedWording),
                 })
        {
            builder.Property(text).HasMaxLength(SectionJudgement.CommentaryMaxLength);
        }

        builder.Ignore(j => j.IsOverridden);
        builder.HasIndex("GradingId", nameof(SectionJudgement.Section)).IsUnique();

        builder.OwnsMany(j => j.Answers, answer =>
        {
            answer.ToTable("DescriptorAnswers");
            answer.WithOwner().HasForeignKey("SectionJudgementId");
            answer.Property<int>("Id");
            answer.HasKey("Id");
            answer.Property(a => a.Answer).HasConversion<string>().HasMaxLength(20);
        });
    }
}
