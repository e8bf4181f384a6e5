using EhcpQa.Domain.Frameworks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EhcpQa.Web.Persistence.Configurations;

public sealed class QualityStandardConfiguration : IEntityTypeConfiguration<QualityStandard>
{
    public void Configure(EntityTypeBuilder<QualityStandard> builder)
    {
        builder.Property(s => s.Title).HasMaxLength(200);
        builder.Property(s => s.Text).HasMaxLength(2000);
        builder.HasIndex("FrameworkVersionId", nameof(QualityStandard.Number)).IsUnique();
    }
}
