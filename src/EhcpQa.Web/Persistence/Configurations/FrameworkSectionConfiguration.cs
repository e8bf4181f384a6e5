using EhcpQa.Domain.Frameworks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EhcpQa.Web.Persistence.Configurations;

public sealed class FrameworkSectionConfiguration : IEntityTypeConfiguration<FrameworkSection>
{
    public void Configure(EntityTypeBuilder<FrameworkSection> builder)
    {
        builder.Property(s => s.Code).HasConversion<string>().HasMaxLength(10);
        builder.Property(s => s.Title).HasMaxLength(200);
        builder.PrimitiveCollection(s => s.Prompts).HasField("_prompts").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex("FrameworkVersionId", nameof(FrameworkSection.Code)).IsUnique();
        builder.Ignore(s => s.PlanSection);
        builder.HasMany(s => s.Descriptors).WithOne().HasForeignKey("FrameworkSectionId").OnDelete(DeleteBehavior.Cascade);
    }
}
