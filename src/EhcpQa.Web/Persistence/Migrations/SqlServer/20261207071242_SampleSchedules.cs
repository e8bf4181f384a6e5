using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EhcpQa.Web.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class SampleSchedules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SampleSchedules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Title = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    Repeat = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    FirstWindowStart = table.Column<DateOnly>(type: "date", nullable: false),
                    Theme_Cohort = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    Theme_Phase = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Theme_Need = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Theme_Setting = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Theme_LocalityId = table.Column<int>(type: "int", nullable: true),
                    Theme_Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    RequestedSize = table.Column<int>(type: "int", nullable: true),
                    OneIn = table.Column<int>(type: "int", nullable: true),
                    PlansPerCaseworker = table.Column<int>(type: "int", nullable: false),
                    PlansPerPhase = table.Column<int>(type: "int", nullable: false),
                    MinimumSize = table.Column<int>(type: "int", nullable: true),
                    ProportionalSpread = table.Column<bool>(type: "bit", nullable: false),
                    IsPaused = table.Column<bool>(type: "bit", nullable: false),
                    ResumedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ChangedById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ConcurrencyToken = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SampleSchedules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PlannedAudits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ThemeTitle = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Theme_Cohort = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    Theme_Phase = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Theme_Need = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Theme_Setting = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Theme_LocalityId = table.Column<int>(type: "int", nullable: true),
                    Theme_Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    WindowKind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    SampleScheduleId = table.Column<int>(type: "int", nullable: true),
                    Notes = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    DipSampleId = table.Column<int>(type: "int", nullable: true),
                    CreatedById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ChangedById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ConcurrencyToken = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlannedAudits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlannedAudits_DipSamples_DipSampleId",
                        column: x => x.DipSampleId,
                        principalTable: "DipSamples",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PlannedAudits_SampleSchedules_SampleScheduleId",
                        column: x => x.SampleScheduleId,
                        principalTable: "SampleSchedules",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ScheduledDraws",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PeriodStart = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    DipSampleId = table.Column<int>(type: "int", nullable: true),
                    DrawnAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    SampleScheduleId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScheduledDraws", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScheduledDraws_DipSamples_DipSampleId",
                        column: x => x.DipSampleId,
                        principalTable: "DipSamples",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ScheduledDraws_SampleSchedules_SampleScheduleId",
                        column: x => x.SampleScheduleId,
                        principalTable: "SampleSchedules",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PlannedAudits_DipSampleId",
                table: "PlannedAudits",
                column: "DipSampleId");

            migrationBuilder.CreateIndex(
                name: "IX_PlannedAudits_SampleScheduleId_PeriodStart",
                table: "PlannedAudits",
                columns: new[] { "SampleScheduleId", "PeriodStart" });

            migrationBuilder.CreateIndex(
                name: "IX_PlannedAudits_Status_PeriodStart",
                table: "PlannedAudits",
                columns: new[] { "Status", "PeriodStart" });

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledDraws_DipSampleId",
                table: "ScheduledDraws",
                column: "DipSampleId");

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledDraws_SampleScheduleId_PeriodStart",
                table: "ScheduledDraws",
                columns: new[] { "SampleScheduleId", "PeriodStart" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PlannedAudits");

            migrationBuilder.DropTable(
                name: "ScheduledDraws");

            migrationBuilder.DropTable(
                name: "SampleSchedules");
        }
    }
}
