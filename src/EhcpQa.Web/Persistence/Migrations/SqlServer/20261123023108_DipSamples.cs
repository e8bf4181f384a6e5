using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EhcpQa.Web.Persistence.Migrations.SqlServer
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    Theme_Cohort = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    Theme_Phase = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Theme_Need = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Theme_Setting = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Theme_LocalityId = table.Column<int>(type: "int", nullable: true),
                    RequestedSize = table.Column<int>(type: "int", nullable: false),
                    AtLeastOnePerCaseworker = table.Column<bool>(type: "bit", nullable: false),
                    ProportionalSpread = table.Column<bool>(type: "bit", nullable: false),
                    Seed = table.Column<int>(type: "int", nullable: false),
                    PopulationPlanIds = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Notes = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    DrawnById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    DrawnAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ConcurrencyToken = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DipSamples", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DipSampleItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PlanId = table.Column<int>(type: "int", nullable: false),
                    Origin = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    AddedById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    AddedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    DipSampleId = table.Column<int>(type: "int", nullable: false)
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
