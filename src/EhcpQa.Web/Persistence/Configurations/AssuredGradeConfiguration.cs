using EhcpQa.Domain.Dashboards;
using EhcpQa.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EhcpQa.Web.Persistence.Configurations;

/// <summary>
/// The dashboards' read model: one narrow row per decisive grade. The level and the cuts are stored as
/// numbers (not names, as elsewhere) because every dashboard query filters and reads them by the
/// hundred thousand; the section grades are one short code.
/// </summary>
public sealed class AssuredGradeConfiguration : IEntityTypeConfiguration<AssuredGrade>
{
    public void Configure(EntityTypeBuilder<AssuredGrade> builder)
    {
        builder.Property(a => a.Level).HasConversion<int>();
        builder.Property(a => a.Phase).HasConversion<int>();
        builder.Property(a => a.Need).HasConversion<int>();
        builder.Property(a => a.Setting).HasConversion<int>();
        builder.Property(a => a.Kind).HasConversion<int>();
        builder.Property(a => a.Overall).HasConversion<GradeConversion>();
        builder.Property(a => a.GivenById).HasMaxLength(450);
        builder.Property(a => a.GradeOnForm).HasMaxLength(Domain.Frameworks.Forms.FrameworkForm.GradeValueMaxLength);
        builder.Property(a => a.Awarded).HasPrecision(18, 4);
        builder.Property(a => a.Available).HasPrecision(18, 4);
        builder.Property(a => a.SectionGrades).HasMaxLength(SectionGrades.CodeLength).IsUnicode(false).IsFixedLength();

        builder.HasIndex(a => new { a.Level, a.GivenOn });
        builder.HasIndex(a => a.PlanId);
    }
}
