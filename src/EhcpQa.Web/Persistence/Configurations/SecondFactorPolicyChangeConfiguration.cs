using EhcpQa.Domain.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EhcpQa.Web.Persistence.Configurations;

public sealed class SecondFactorPolicyChangeConfiguration : IEntityTypeConfiguration<SecondFactorPolicyChange>
{
    public void Configure(EntityTypeBuilder<SecondFactorPolicyChange> builder)
    {
        builder.Property(c => c.RolesExempt).HasMaxLength(SecondFactorPolicyChange.MaxRolesLength).IsRequired();
        builder.Property(c => c.ChangedBy).HasMaxLength(450);
        builder.Ignore(c => c.Policy);
    }
}
