using EhcpQa.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EhcpQa.Web.Persistence.Configurations;

public sealed class PlanEventConfiguration : IEntityTypeConfiguration<PlanEvent>
{
    public void Configure(EntityTypeBuilder<PlanEvent> builder)
    {
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.ActorId).HasMaxLength(450);
        builder.Property(e => e.Detail).HasMaxLength(500);
        builder.HasIndex(e => new { e.PlanId, e.At });
    }
}
