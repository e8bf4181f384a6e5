using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Staff;
using EhcpQa.Web.Persistence.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EhcpQa.Web.Persistence.Configurations;

public sealed class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(StaffAccounts.DisplayNameMaxLength);
        builder.Property(u => u.Agency).HasConversion<string>().HasMaxLength(30);
        builder.HasOne<Locality>().WithMany().HasForeignKey(u => u.LocalityId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(u => u.IsDisabled);
    }
}
