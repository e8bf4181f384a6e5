using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EhcpQa.Web.Persistence.Migrations.SqlServer
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RequiredAgencies = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    MinimumPlans = table.Column<int>(type: "int", nullable: false),
                    ChangedBy = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PanelRepresentationChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PanelAgencyNames",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Agency = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    PanelRepresentationChangeId = table.Column<int>(type: "int", nullable: false)
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
