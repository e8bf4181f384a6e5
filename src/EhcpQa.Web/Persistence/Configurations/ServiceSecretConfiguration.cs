using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EhcpQa.Web.Persistence.Configurations;

public sealed class ServiceSecretConfiguration : IEntityTypeConfiguration<ServiceSecret>
{
    public void Configure(EntityTypeBuilder<ServiceSecret> builder)
    {
        builder.ToTable("ServiceSecrets");
        builder.HasKey(s => s.Name);
        builder.Property(s => s.Name).HasMaxLength(ServiceSecret.MaxNameLength);
        builder.Property(s => s.Value).HasMaxLength(64).IsRequired();
    }
}
