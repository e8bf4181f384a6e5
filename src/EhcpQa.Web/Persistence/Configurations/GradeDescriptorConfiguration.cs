using EhcpQa.Domain.Frameworks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EhcpQa.Web.Persistence.Configurations;

public sealed class GradeDescriptorConfiguration : IEntityTypeConfiguration<GradeDescriptor>
{
    public void Configure(EntityTypeBuilder<GradeDescriptor> builder)
    {
        builder.Property(d => d.Grade).HasConversion<GradeConversion>();
        builder.PrimitiveCollection(d => d.Points).HasField("_points").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex("FrameworkVersionId", nameof(GradeDescriptor.Grade)).IsUnique();
    }
}
