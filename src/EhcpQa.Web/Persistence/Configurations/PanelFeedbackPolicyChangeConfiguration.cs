using EhcpQa.Domain.Moderation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EhcpQa.Web.Persistence.Configurations;

public sealed class PanelFeedbackPolicyChangeConfiguration : IEntityTypeConfiguration<PanelFeedbackPolicyChange>
{
    public void Configure(EntityTypeBuilder<PanelFeedbackPolicyChange> builder)
    {
        builder.Property(c => c.ChangedBy).HasMaxLength(450);
        builder.Ignore(c => c.Policy);
    }
}
