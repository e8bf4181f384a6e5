using EhcpQa.Domain.Moderation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EhcpQa.Web.Persistence.Configurations;

public sealed class PanelRepresentationChangeConfiguration : IEntityTypeConfiguration<PanelRepresentationChange>
{
    public void Configure(EntityTypeBuilder<PanelRepresentationChange> builder)
    {
        builder.Property(c => c.RequiredAgencies).HasMaxLength(PanelRepresentationChange.MaxAgenciesLength).IsRequired();
        builder.Property(c => c.ChangedBy).HasMaxLength(450);
        builder.Ignore(c => c.Representation);

        builder.OwnsMany(c => c.Names, name =>
        {
            name.ToTable("PanelAgencyNames");
            name.WithOwner().HasForeignKey("PanelRepresentationChangeId");
            name.Property<int>("Id");
            name.HasKey("Id");
            name.Property(n => n.Agency).HasConversion<string>().HasMaxLength(30);
            name.Property(n => n.Name).HasMaxLength(PanelRepresentation.NameMaxLength).IsRequired();
        });
        builder.Navigation(c => c.Names).HasField("_names");
    }
}
