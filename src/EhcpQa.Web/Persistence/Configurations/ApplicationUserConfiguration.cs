using EhcpQa.Domain.Plans;
using EhcpQa.Web.Features.Account;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EhcpQa.Web.Persistence.Configurations;

public sealed class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(100);
        builder.Property(u => u.Agency).HasConversion<string>().HasMaxLength(30);
        builder.HasOne<Locality>().WithMany().HasForeignKey(u => u.LocalityId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(u => u.IsDisabled);
    }
}
