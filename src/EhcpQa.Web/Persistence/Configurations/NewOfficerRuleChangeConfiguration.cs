using EhcpQa.Domain.Sampling;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EhcpQa.Web.Persistence.Configurations;

public sealed class NewOfficerRuleChangeConfiguration : IEntityTypeConfiguration<NewOfficerRuleChange>
{
    public void Configure(EntityTypeBuilder<NewOfficerRuleChange> builder)
    {
        builder.Property(c => c.ChangedBy).HasMaxLength(450);
        builder.Ignore(c => c.Rule);
    }
}
