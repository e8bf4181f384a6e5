using EhcpQa.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EhcpQa.Web.Persistence.Configurations;

public sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.Property(n => n.RecipientId).HasMaxLength(450);
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(n => n.Reference).HasMaxLength(Notification.ReferenceMaxLength);
        builder.Property(n => n.Path).HasMaxLength(Notification.PathMaxLength);
        builder.Property(n => n.LastError).HasMaxLength(Notification.ErrorMaxLength);
        builder.HasIndex(n => new { n.RecipientId, n.CreatedAt });

        // The outbox: what is waiting to be e-mailed, soonest first.
        builder.HasIndex(n => n.NextAttemptAt);
    }
}

public sealed class EmailOptOutConfiguration : IEntityTypeConfiguration<EmailOptOut>
{
    public void Configure(EntityTypeBuilder<EmailOptOut> builder)
    {
        builder.HasKey(o => new { o.UserId, o.Kind });
        builder.Property(o => o.UserId).HasMaxLength(450);
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(30);
    }
}
