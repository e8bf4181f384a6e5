using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EhcpQa.Web.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PanelSessions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PanelSessions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Level = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Theme = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    DipSampleId = table.Column<int>(type: "int", nullable: false),
                    ChairId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    CreatedById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ConcurrencyToken = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PanelSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PanelSessions_DipSamples_DipSampleId",
                        column: x => x.DipSampleId,
                        principalTable: "DipSamples",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PanelAssignments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PlanId = table.Column<int>(type: "int", nullable: false),
                    ModeratorId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    PanelSessionId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PanelAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PanelAssignments_PanelSessions_PanelSessionId",
                        column: x => x.PanelSessionId,
                        principalTable: "PanelSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PanelMembers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    Agency = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    PanelSessionId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PanelMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PanelMembers_PanelSessions_PanelSessionId",
                        column: x => x.PanelSessionId,
                        principalTable: "PanelSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PanelAssignments_ModeratorId",
                table: "PanelAssignments",
                column: "ModeratorId");

            migrationBuilder.CreateIndex(
                name: "IX_PanelAssignments_PanelSessionId_PlanId_ModeratorId",
                table: "PanelAssignments",
                columns: new[] { "PanelSessionId", "PlanId", "ModeratorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PanelMembers_PanelSessionId_UserId",
                table: "PanelMembers",
                columns: new[] { "PanelSessionId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PanelSessions_DipSampleId",
                table: "PanelSessions",
                column: "DipSampleId");

            migrationBuilder.CreateIndex(
                name: "IX_PanelSessions_HeldOn",
                table: "PanelSessions",
                column: "HeldOn");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PanelAssignments");

            migrationBuilder.DropTable(
                name: "PanelMembers");

            migrationBuilder.DropTable(
                name: "PanelSessions");
        }
    }
}
