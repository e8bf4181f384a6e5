using EhcpQa.Domain.Frameworks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EhcpQa.Web.Persistence.Configurations;

public sealed class FrameworkVersionConfiguration : IEntityTypeConfiguration<FrameworkVersion>
{
    public void Configure(EntityTypeBuilder<FrameworkVersion> builder)
    {
        builder.Property(v => v.Title).HasMaxLength(200);
        builder.Property(v => v.Source).HasMaxLength(500);
        builder.Property(v => v.Scheme).HasConversion<string>().HasMaxLength(40);
        builder.HasIndex(v => new { v.FrameworkId, v.Number }).IsUnique();
        builder.Property<Guid>(EhcpQaDbContext.ConcurrencyToken).IsConcurrencyToken();
        builder.Ignore(v => v.IsPublished);
        builder.Ignore(v => v.IsLocked);

        builder.HasMany(v => v.Standards).WithOne().HasForeignKey("FrameworkVersionId").OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(v => v.Sections).WithOne().HasForeignKey("FrameworkVersionId").OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(v => v.GradeDescriptors).WithOne().HasForeignKey("FrameworkVersionId").OnDelete(DeleteBehavior.Cascade);
    }
}
