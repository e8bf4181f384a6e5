using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EhcpQa.Web.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PanelsAsAuthoritiesRunThem : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PanelRepresentationChanges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RequiredAgencies = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    MinimumPlans = table.Column<int>(type: "INTEGER", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PanelRepresentationChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PanelAgencyNames",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Agency = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PanelRepresentationChangeId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PanelAgencyNames", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PanelAgencyNames_PanelRepresentationChanges_PanelRepresentationChangeId",
                        column: x => x.PanelRepresentationChangeId,
                        principalTable: "PanelRepresentationChanges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PanelAgencyNames_PanelRepresentationChangeId",
                table: "PanelAgencyNames",
                column: "PanelRepresentationChangeId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PanelAgencyNames");

            migrationBuilder.DropTable(
                name: "PanelRepresentationChanges");
        }
    }
}
