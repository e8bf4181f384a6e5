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
        builder.HasOne(i => i.Email).WithOne().HasForeignKey<SurveyEmail>(e => e.SurveyInvitationId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.Email).AutoInclude();
    }
}

public sealed class SurveyEmailConfiguration : IEntityTypeConfiguration<SurveyEmail>
{
    public void Configure(EntityTypeBuilder<SurveyEmail> builder)
    {
        builder.Property(e => e.SealedAddress).HasMaxLength(SurveyEmail.SealedMaxLength).IsUnicode(false);
        builder.Property(e => e.SealedToken).HasMaxLength(SurveyEmail.SealedMaxLength).IsUnicode(false);
        builder.Property(e => e.LastError).HasMaxLength(SurveyEmail.ErrorMaxLength);
        builder.Ignore(e => e.State);
        builder.Ignore(e => e.HoldsSecrets);
        builder.HasOne<Plan>().WithMany().HasForeignKey(e => e.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => e.SurveyInvitationId).IsUnique();
        builder.HasIndex(e => e.PlanId);

        // The outbox: what is waiting to be e-mailed, soonest first.
        builder.HasIndex(e => e.NextAttemptAt);
    }
}
