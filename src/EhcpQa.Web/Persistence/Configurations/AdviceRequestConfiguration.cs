using EhcpQa.Domain.Advice;
using EhcpQa.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EhcpQa.Web.Persistence.Configurations;

public sealed class AdviceRequestConfiguration : IEntityTypeConfiguration<AdviceRequest>
{
    public void Configure(EntityTypeBuilder<AdviceRequest> builder)
    {
        builder.Property(r => r.Occasion).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Service).HasConversion<string>().HasMaxLength(40);
        builder.Property(r => r.ServiceName).HasMaxLength(AdviceRequest.ServiceNameMaxLength);
        builder.Property(r => r.Agency).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.PastedText).HasMaxLength(AdviceRequest.PastedTextMaxLength);
        builder.Property(r => r.RequestedById).HasMaxLength(450);
        builder.Property(r => r.ChangedById).HasMaxLength(450);
        builder.Property(r => r.ReceivedRecordedById).HasMaxLength(450);
        builder.Property<Guid>(EhcpQaDbContext.ConcurrencyToken).IsConcurrencyToken();
        builder.Ignore(r => r.IsReceived);
        builder.Ignore(r => r.ServiceWords);
        builder.Ignore(r => r.ReceivedOnTime);
        builder.Ignore(r => r.DaysTaken);
        builder.OwnsOne(r => r.Document, document =>
        {
            document.Property(d => d.StorageKey).HasMaxLength(300);
            document.Property(d => d.FileName).HasMaxLength(260);
            document.Property(d => d.Sha256).HasMaxLength(64);
        });
        builder.HasOne<Plan>().WithMany().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.PlanId);
        builder.HasIndex(r => new { r.Agency, r.ReceivedOn, r.DueOn });
    }
}
