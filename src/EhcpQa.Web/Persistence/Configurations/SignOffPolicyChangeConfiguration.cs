using EhcpQa.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EhcpQa.Web.Persistence.Configurations;

public sealed class SignOffPolicyChangeConfiguration : IEntityTypeConfiguration<SignOffPolicyChange>
{
    public void Configure(EntityTypeBuilder<SignOffPolicyChange> builder)
    {
        builder.Property(c => c.ChangedBy).HasMaxLength(450);
        builder.Ignore(c => c.Policy);
    }
}
