using EhcpQa.Domain.Advice;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EhcpQa.Web.Persistence.Configurations;

public sealed class AdvicePolicyChangeConfiguration : IEntityTypeConfiguration<AdvicePolicyChange>
{
    public void Configure(EntityTypeBuilder<AdvicePolicyChange> builder)
    {
        builder.Property(c => c.ChangedBy).HasMaxLength(450);
        builder.Ignore(c => c.Policy);
    }
}
