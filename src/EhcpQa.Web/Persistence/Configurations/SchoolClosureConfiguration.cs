using EhcpQa.Domain.Advice;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EhcpQa.Web.Persistence.Configurations;

public sealed class SchoolClosureConfiguration : IEntityTypeConfiguration<SchoolClosure>
{
    public void Configure(EntityTypeBuilder<SchoolClosure> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(SchoolClosure.NameMaxLength);
        builder.Property(c => c.RecordedById).HasMaxLength(450);
        builder.Property(c => c.RemovedById).HasMaxLength(450);
        builder.HasIndex(c => c.ClosesOn);
    }
}
