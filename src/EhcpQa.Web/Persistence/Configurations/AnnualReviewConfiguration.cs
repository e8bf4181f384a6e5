using EhcpQa.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EhcpQa.Web.Persistence.Configurations;

public sealed class AnnualReviewConfiguration : IEntityTypeConfiguration<AnnualReview>
{
    public void Configure(EntityTypeBuilder<AnnualReview> builder)
    {
        builder.HasIndex(r => new { r.PlanId, r.Number }).IsUnique();
        // The register's live work: the plans with a review that decided to amend, the amended plan not yet issued
        // (read as a list of plan ids, Persistence/Queries/PlanFilters), and those waiting for a decision.
        builder.HasIndex(r => new { r.Decision, r.AmendedPlanIssuedOn, r.PlanId });
        builder.Property(r => r.Decision).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.StartedById).HasMaxLength(450);
        builder.Property(r => r.DecidedById).HasMaxLength(450);
    }
}
