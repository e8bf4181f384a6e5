using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EhcpQa.Web.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class GradingOnForms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "DecisivePassesBar",
                table: "PlanVersions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DecisiveResult",
                table: "PlanVersions",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "PassesBarOnForm",
                table: "Gradings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResultOnForm",
                table: "Gradings",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            // Versions decided before a decision's result was kept in words: their 1–4 grade says it.
            migrationBuilder.Sql(
                "UPDATE PlanVersions SET DecisiveResult = CASE DecisiveGrade WHEN 1 THEN '1 Outstanding' WHEN 2 THEN '2 Good' "
                + "WHEN 3 THEN '3 Requires improvement' ELSE '4 Inadequate' END, "
                + "DecisivePassesBar = CASE WHEN DecisiveGrade <= 2 THEN 1 ELSE 0 END WHERE DecisiveGrade IS NOT NULL");

            migrationBuilder.CreateTable(
                name: "PartJudgements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PartCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SuggestedGrade = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Grade = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Rating = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Awarded = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    Available = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    OverrideReason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Strengths = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AreasForImprovement = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Rationale = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SuggestedWording = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    JudgedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    GradingId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartJudgements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartJudgements_Gradings_GradingId",
                        column: x => x.GradingId,
                        principalTable: "Gradings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ItemAnswers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ItemCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    PartJudgementId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ItemAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ItemAnswers_PartJudgements_PartJudgementId",
                        column: x => x.PartJudgementId,
                        principalTable: "PartJudgements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ItemAnswers_PartJudgementId",
                table: "ItemAnswers",
                column: "PartJudgementId");

            migrationBuilder.CreateIndex(
                name: "IX_PartJudgements_GradingId_PartCode",
                table: "PartJudgements",
                columns: new[] { "GradingId", "PartCode" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ItemAnswers");

            migrationBuilder.DropTable(
                name: "PartJudgements");

            migrationBuilder.DropColumn(
                name: "DecisivePassesBar",
                table: "PlanVersions");

            migrationBuilder.DropColumn(
                name: "DecisiveResult",
                table: "PlanVersions");

            migrationBuilder.DropColumn(
                name: "PassesBarOnForm",
                table: "Gradings");

            migrationBuilder.DropColumn(
                name: "ResultOnForm",
                table: "Gradings");
        }
    }
}
