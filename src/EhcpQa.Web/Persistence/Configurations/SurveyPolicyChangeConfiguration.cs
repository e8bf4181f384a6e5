using EhcpQa.Domain.Families;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EhcpQa.Web.Persistence.Configurations;

public sealed class SurveyPolicyChangeConfiguration : IEntityTypeConfiguration<SurveyPolicyChange>
{
    public void Configure(EntityTypeBuilder<SurveyPolicyChange> builder)
    {
        builder.Property(c => c.ChangedBy).HasMaxLength(450);
        builder.Ignore(c => c.Policy);
    }
}
