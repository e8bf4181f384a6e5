using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Moderation;
using EhcpQa.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EhcpQa.Web.Persistence.Configurations;

public sealed class GradingConfiguration : IEntityTypeConfiguration<Grading>
{
    public void Configure(EntityTypeBuilder<Grading> builder)
    {
        builder.Property(g => g.Purpose).HasConversion<string>().HasMaxLength(30);
        builder.Property(g => g.GraderId).HasMaxLength(450);
        builder.Property<Guid>(EhcpQaDbContext.ConcurrencyToken).IsConcurrencyToken();
        builder.Ignore(g => g.IsSubmitted);
        builder.Ignore(g => g.OverallGrade);
        builder.Ignore(g => g.PassesBar);
        builder.Ignore(g => g.Result);
        builder.Property(g => g.ResultOnForm).HasMaxLength(Grading.ResultMaxLength);

        builder.HasOne<Plan>().WithMany().HasForeignKey(g => g.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PlanVersion>().WithMany().HasForeignKey(g => g.PlanVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PanelSession>().WithMany().HasForeignKey(g => g.PanelSessionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<FrameworkVersion>().WithMany().HasForeignKey(g => g.FrameworkVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Domain.Advice.AdviceRequest>().WithMany().HasForeignKey(g => g.AdviceRequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(g => g.Judgements).WithOne().HasForeignKey("GradingId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(g => g.Judgements).AutoInclude();
        builder.HasMany(g => g.Parts).WithOne().HasForeignKey("GradingId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(g => g.Parts).AutoInclude();

        builder.HasIndex(g => new { g.PlanVersionId, g.Purpose });
        builder.HasIndex(g => new { g.Purpose, g.SubmittedAt });
        builder.HasIndex(g => new { g.PanelSessionId, g.PlanId });

        // Each piece of advice is audited once: a second audit started at the same moment is refused by the database.
        builder.HasIndex(g => g.AdviceRequestId).IsUnique();
    }
}
