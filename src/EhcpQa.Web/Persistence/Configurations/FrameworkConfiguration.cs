using EhcpQa.Domain.Frameworks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EhcpQa.Web.Persistence.Configurations;

public sealed class FrameworkConfiguration : IEntityTypeConfiguration<Framework>
{
    public void Configure(EntityTypeBuilder<Framework> builder)
    {
        builder.Property(f => f.Key).HasMaxLength(60);
        builder.Property(f => f.Name).HasMaxLength(200);
        builder.HasIndex(f => f.Key).IsUnique();
        builder.HasMany(f => f.Versions).WithOne(v => v.Framework).HasForeignKey(v => v.FrameworkId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(f => f.CurrentVersion);
    }
}
