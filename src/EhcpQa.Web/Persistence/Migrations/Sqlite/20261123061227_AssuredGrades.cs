using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EhcpQa.Web.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AssuredGrades : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AssuredGrades",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    PlanVersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    PanelSessionId = table.Column<int>(type: "INTEGER", nullable: true),
                    GivenById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    GivenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    GivenOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LocalityId = table.Column<int>(type: "INTEGER", nullable: false),
                    Phase = table.Column<int>(type: "INTEGER", nullable: false),
                    Need = table.Column<int>(type: "INTEGER", nullable: false),
                    Setting = table.Column<int>(type: "INTEGER", nullable: false),
                    Overall = table.Column<int>(type: "INTEGER", nullable: false),
                    Regraded = table.Column<bool>(type: "INTEGER", nullable: false),
                    SectionGrades = table.Column<string>(type: "TEXT", unicode: false, fixedLength: true, maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssuredGrades", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssuredGrades_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AssuredGrades_Level_GivenOn",
                table: "AssuredGrades",
                columns: new[] { "Level", "GivenOn" });

            migrationBuilder.CreateIndex(
                name: "IX_AssuredGrades_PlanId",
                table: "AssuredGrades",
                column: "PlanId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AssuredGrades");
        }
    }
}
