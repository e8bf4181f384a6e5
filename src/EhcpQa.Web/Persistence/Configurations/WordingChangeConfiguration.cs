using EhcpQa.Domain.DraftChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EhcpQa.Web.Persistence.Configurations;

public sealed class WordingChangeConfiguration : IEntityTypeConfiguration<WordingChange>
{
    public void Configure(EntityTypeBuilder<WordingChange> builder)
    {
        builder.Property(c => c.List).HasMaxLength(200);
        builder.Property(c => c.Words).HasMaxLength(WordingChange.WordsMaxLength);
        builder.Property(c => c.Reason).HasMaxLength(WordingChange.ReasonMaxLength);
        builder.Property(c => c.MadeBy).HasMaxLength(450);
        builder.HasIndex(c => c.List);
    }
}
