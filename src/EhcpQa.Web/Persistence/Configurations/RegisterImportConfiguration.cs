using EhcpQa.Domain.Register;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EhcpQa.Web.Persistence.Configurations;

public sealed class RegisterImportConfiguration : IEntityTypeConfiguration<RegisterImport>
{
    public void Configure(EntityTypeBuilder<RegisterImport> builder)
    {
        builder.Property(i => i.FileName).HasMaxLength(RegisterImport.FileNameMaxLength);
        builder.Property(i => i.FileKey).HasMaxLength(Files.StoredFile.MaxKeyLength);
        builder.Property(i => i.UploadedById).HasMaxLength(450);
        builder.Property(i => i.ImportedById).HasMaxLength(450);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.MappingJson).HasMaxLength(RegisterImport.MappingMaxLength);
        builder.Property<Guid>(EhcpQaDbContext.ConcurrencyToken).IsConcurrencyToken();
        builder.Ignore(i => i.Mapping);
        builder.Ignore(i => i.IsImported);
        builder.HasIndex(i => i.UploadedAt);
    }
}
