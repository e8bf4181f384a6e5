using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EhcpQa.Web.Persistence.Migrations.SqlServer
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PlanId = table.Column<int>(type: "int", nullable: false),
                    Level = table.Column<int>(type: "int", nullable: false),
                    PlanVersionId = table.Column<int>(type: "int", nullable: false),
                    PanelSessionId = table.Column<int>(type: "int", nullable: true),
                    GivenById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    GivenAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    GivenOn = table.Column<DateOnly>(type: "date", nullable: false),
                    LocalityId = table.Column<int>(type: "int", nullable: false),
                    Phase = table.Column<int>(type: "int", nullable: false),
                    Need = table.Column<int>(type: "int", nullable: false),
                    Setting = table.Column<int>(type: "int", nullable: false),
                    Overall = table.Column<int>(type: "int", nullable: false),
                    Regraded = table.Column<bool>(type: "bit", nullable: false),
                    SectionGrades = table.Column<string>(type: "char(12)", unicode: false, fixedLength: true, maxLength: 12, nullable: false)
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
