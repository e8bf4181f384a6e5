using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EhcpQa.Web.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DipSamples : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DipSamples",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Theme_Cohort = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Theme_Phase = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Theme_Need = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Theme_Setting = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Theme_LocalityId = table.Column<int>(type: "INTEGER", nullable: true),
                    RequestedSize = table.Column<int>(type: "INTEGER", nullable: false),
                    AtLeastOnePerCaseworker = table.Column<bool>(type: "INTEGER", nullable: false),
                    ProportionalSpread = table.Column<bool>(type: "INTEGER", nullable: false),
                    Seed = table.Column<int>(type: "INTEGER", nullable: false),
                    PopulationPlanIds = table.Column<string>(type: "TEXT", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", nullable: false),
                    DrawnById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    DrawnAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ConcurrencyToken = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DipSamples", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DipSampleItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    AddedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    AddedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DipSampleId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DipSampleItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DipSampleItems_DipSamples_DipSampleId",
                        column: x => x.DipSampleId,
                        principalTable: "DipSamples",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DipSampleItems_DipSampleId_PlanId",
                table: "DipSampleItems",
                columns: new[] { "DipSampleId", "PlanId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DipSamples_DrawnAt",
                table: "DipSamples",
                column: "DrawnAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DipSampleItems");

            migrationBuilder.DropTable(
                name: "DipSamples");
        }
    }
}
