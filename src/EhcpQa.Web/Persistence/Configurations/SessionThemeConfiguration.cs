using EhcpQa.Domain.Moderation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EhcpQa.Web.Persistence.Configurations;

/// <summary>A session's themes: children of <see cref="PanelSession"/>, removed with it, loaded with <c>Include(s =&gt; s.Themes)</c>.</summary>
public sealed class SessionThemeConfiguration : IEntityTypeConfiguration<SessionTheme>
{
    public void Configure(EntityTypeBuilder<SessionTheme> builder)
    {
        builder.ToTable("PanelSessionThemes");
        builder.HasOne<PanelSession>().WithMany(s => s.Themes).HasForeignKey("PanelSessionId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(t => t.Section).HasConversion<string>().HasMaxLength(10);
        builder.Property(t => t.RaisedBy).HasConversion<string>().HasMaxLength(30);
        builder.Property(t => t.Text).HasMaxLength(SessionTheme.TextMaxLength);
        builder.Property(t => t.RecordedById).HasMaxLength(450);
    }
}
