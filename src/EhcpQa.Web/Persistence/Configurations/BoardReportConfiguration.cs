using EhcpQa.Domain.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EhcpQa.Web.Persistence.Configurations;

public sealed class BoardReportConfiguration : IEntityTypeConfiguration<BoardReport>
{
    public void Configure(EntityTypeBuilder<BoardReport> builder)
    {
        builder.Property(r => r.Trigger).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.GeneratedById).HasMaxLength(450);
        builder.Property(r => r.FileName).HasMaxLength(100);
        builder.Property(r => r.Content).IsRequired();
        builder.HasIndex(r => new { r.Month, r.Version }).IsUnique();
    }
}
