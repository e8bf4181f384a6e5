using EhcpQa.Domain.Frameworks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EhcpQa.Web.Persistence.Configurations;

public sealed class DescriptorConfiguration : IEntityTypeConfiguration<Descriptor>
{
    public void Configure(EntityTypeBuilder<Descriptor> builder)
    {
        builder.Property(d => d.Text).HasMaxLength(2000);
        builder.Property(d => d.Applicability).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex("FrameworkSectionId", nameof(Descriptor.Number)).IsUnique();
        builder.Ignore(d => d.AllowsNotApplicable);
    }
}
