using EhcpQa.Web.Persistence.Leases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EhcpQa.Web.Persistence.Configurations;

public sealed class JobLeaseConfiguration : IEntityTypeConfiguration<JobLease>
{
    public void Configure(EntityTypeBuilder<JobLease> builder)
    {
        builder.ToTable("JobLeases");

        // The name is the key: a second holder's insert fails on it, which is what makes the lease exclusive.
        builder.HasKey(l => l.Name);
        builder.Property(l => l.Name).HasMaxLength(JobLease.MaxNameLength);
        builder.Property(l => l.Holder).HasMaxLength(JobLease.MaxHolderLength).IsRequired();
    }
}
