using EhcpQa.Domain.Families;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Frameworks.Forms;
using EhcpQa.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EhcpQa.Web.Persistence.Configurations;

public sealed class SurveyInvitationConfiguration : IEntityTypeConfiguration<SurveyInvitation>
{
    public void Configure(EntityTypeBuilder<SurveyInvitation> builder)
    {
        builder.Property(i => i.Occasion).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Respondent).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.TokenHash).HasMaxLength(SurveyInvitation.TokenHashLength).IsFixedLength().IsUnicode(false);
        builder.Property(i => i.CreatedById).HasMaxLength(450);
        builder.Property<Guid>(EhcpQaDbContext.ConcurrencyToken).IsConcurrencyToken();
        builder.Ignore(i => i.IsAnswered);
        builder.HasOne<Plan>().WithMany().HasForeignKey(i => i.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PlanVersion>().WithMany().HasForeignKey(i => i.PlanVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<FrameworkVersion>().WithMany().HasForeignKey(i => i.FrameworkVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.HasIndex(i => i.PlanId);
        builder.HasIndex(i => i.CreatedAt);
        builder.OwnsMany(i => i.Answers, answer =>
        {
            answer.ToTable("SurveyAnswers");
            answer.WithOwner().HasForeignKey("SurveyInvitationId");
            answer.Property<int>("Id");
            answer.HasKey("Id");
            answer.Property(a => a.PartCode).HasMaxLength(FrameworkForm.CodeMaxLength);
            answer.Property(a => a.ItemCode).HasMaxLength(FrameworkForm.CodeMaxLength);
            answer.Property(a => a.Value).HasMaxLength(SurveyInvitation.FreeTextMaxLength);
        });
    }
}
