using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Frameworks.Forms;
using EhcpQa.Web.Persistence.Frameworks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EhcpQa.Web.Persistence.Configurations;

public sealed class FrameworkVersionConfiguration : IEntityTypeConfiguration<FrameworkVersion>
{
    public void Configure(EntityTypeBuilder<FrameworkVersion> builder)
    {
        builder.Property(v => v.Title).HasMaxLength(200);
        builder.Property(v => v.Source).HasMaxLength(FrameworkForm.SourceMaxLength);

        // The form is a value, stored whole as its framework file; it is replaced, never changed in place.
        builder.Property(v => v.Form)
            .HasConversion(
                form => form == null ? null : FrameworkFile.WriteStored(form),
                json => json == null ? null : FrameworkFile.ReadStored(json),
                new ValueComparer<FrameworkForm?>((a, b) => ReferenceEquals(a, b), form => form == null ? 0 : form.GetHashCode(), form => form))
            .HasColumnName("Form");
        builder.Property(v => v.AddedBy).HasMaxLength(450);
        builder.Property(v => v.PublishedBy).HasMaxLength(450);
        builder.Property(v => v.RetiredBy).HasMaxLength(450);
        builder.Ignore(v => v.IsRetired);
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
