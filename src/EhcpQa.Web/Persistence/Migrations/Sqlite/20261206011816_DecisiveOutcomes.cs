using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EhcpQa.Web.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DecisiveOutcomes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "DecisiveFrameworkVersionId",
                table: "PlanVersions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DecisiveGradeValue",
                table: "PlanVersions",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            // Versions decided before: their decisive grading's 1–4 grade and framework version.
            migrationBuilder.Sql(
                "UPDATE PlanVersions SET DecisiveGradeValue = CASE DecisiveGrade WHEN 1 THEN '1' WHEN 2 THEN '2' WHEN 3 THEN '3' ELSE '4' END, "
                + "DecisiveFrameworkVersionId = (SELECT MAX(g.FrameworkVersionId) FROM Gradings g "
                + "WHERE g.PlanVersionId = PlanVersions.Id AND g.PanelSessionId IS NULL AND g.SubmittedAt IS NOT NULL) "
                + "WHERE DecisiveGrade IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DecisiveFrameworkVersionId",
                table: "PlanVersions");

            migrationBuilder.DropColumn(
                name: "DecisiveGradeValue",
                table: "PlanVersions");
        }
    }
}
