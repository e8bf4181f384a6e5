using EhcpQa.Domain.Frameworks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EhcpQa.Web.Persistence.Configurations;

public sealed class FrameworkUsesConfiguration : IEntityTypeConfiguration<FrameworkUses>
{
    public void Configure(EntityTypeBuilder<FrameworkUses> builder)
    {
        builder.Property<Guid>(EhcpQaDbContext.ConcurrencyToken).IsConcurrencyToken();
        builder.HasMany(u => u.Uses).WithOne().HasForeignKey("FrameworkUsesId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(u => u.Uses).AutoInclude();
    }
}

public sealed class FrameworkUseConfiguration : IEntityTypeConfiguration<FrameworkUse>
{
    public void Configure(EntityTypeBuilder<FrameworkUse> builder)
    {
        builder.ToTable("FrameworkUseChoices");
        builder.Property(u => u.Purpose).HasConversion<string>().HasMaxLength(40);
        builder.Property(u => u.ChosenBy).HasMaxLength(450);
        builder.HasIndex("FrameworkUsesId", nameof(FrameworkUse.Sequence)).IsUnique();
        builder.HasOne<FrameworkVersion>().WithMany().HasForeignKey(u => u.FrameworkVersionId).OnDelete(DeleteBehavior.Restrict);
    }
}
