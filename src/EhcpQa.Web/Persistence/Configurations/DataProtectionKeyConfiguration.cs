using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EhcpQa.Web.Persistence.Configurations;

/// <summary>
/// The keys that protect sign-in cookies, antiforgery tokens and other protected values, shared by every
/// instance of the service. ASP.NET Core data protection reads and writes the rows; nothing else does.
/// </summary>
public sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> builder)
    {
        builder.ToTable("DataProtectionKeys");

        // "key-{guid}", as the file system repository names its files.
        builder.Property(k => k.FriendlyName).HasMaxLength(100);
    }
}
