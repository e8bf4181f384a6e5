using EhcpQa.Domain.Sampling;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EhcpQa.Web.Persistence.Configurations;

public sealed class DipSampleConfiguration : IEntityTypeConfiguration<DipSample>
{
    public void Configure(EntityTypeBuilder<DipSample> builder)
    {
        builder.Property(s => s.Title).HasMaxLength(DipSample.TitleMaxLength);
        builder.Property(s => s.DrawnById).HasMaxLength(450);
        builder.Property(s => s.WindowKind).HasConversion<string>().HasMaxLength(20);
        builder.PrimitiveCollection(s => s.PopulationPlanIds).HasField("_population").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.PrimitiveCollection(s => s.Notes).HasField("_notes").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Property<Guid>(EhcpQaDbContext.ConcurrencyToken).IsConcurrencyToken();
        builder.HasIndex(s => s.DrawnAt);

        builder.OwnsOne(s => s.Theme, SampleThemeColumns.Configure);
        builder.Navigation(s => s.Theme).IsRequired();

        builder.OwnsMany(s => s.Items, item =>
        {
            item.ToTable("DipSampleItems");
            item.WithOwner().HasForeignKey("DipSampleId");
            item.Property<int>("Id");
            item.HasKey("Id");
            item.Property(i => i.Origin).HasConversion<string>().HasMaxLength(10);
            item.Property(i => i.Reason).HasMaxLength(SampleItem.ReasonMaxLength);
            item.Property(i => i.AddedById).HasMaxLength(450);
            item.HasIndex("DipSampleId", nameof(DipSampleItem.PlanId)).IsUnique();
        });
    }
}

/// <summary>The columns of a sample's theme, the same wherever one is kept (a sample, a schedule, a planned audit).</summary>
public static class SampleThemeColumns
{
    public static void Configure<TOwner>(OwnedNavigationBuilder<TOwner, SampleTheme> theme)
        where TOwner : class
    {
        ArgumentNullException.ThrowIfNull(theme);
        theme.Property(t => t.Cohort).HasConversion<string>().HasMaxLength(30);
        theme.Property(t => t.Phase).HasConversion<string>().HasMaxLength(20);
        theme.Property(t => t.Need).HasConversion<string>().HasMaxLength(40);
        theme.Property(t => t.Setting).HasConversion<string>().HasMaxLength(40);
        theme.Property(t => t.Kind).HasConversion<string>().HasMaxLength(20);
    }
}
