using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EhcpQa.Web.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AnnualReviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "PlanVersions",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "New");

            migrationBuilder.AddColumn<int>(
                name: "ReviewNumber",
                table: "PlanVersions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "AmendedOn",
                table: "Plans",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Theme_Kind",
                table: "DipSamples",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Kind",
                table: "AssuredGrades",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            // Texts brought in for plans the register called amended are of amended plans, and so are their moderation grades.
            migrationBuilder.Sql("UPDATE PlanVersions SET Kind = 'Amended' WHERE Status = 'BroughtIn' AND PlanId IN (SELECT Id FROM Plans WHERE Stage = 'Amended')");
            migrationBuilder.Sql("UPDATE AssuredGrades SET Kind = 2 WHERE PlanVersionId IN (SELECT Id FROM PlanVersions WHERE Kind = 'Amended')");

            migrationBuilder.CreateTable(
                name: "AnnualReviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    MeetingOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecidedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AmendedPlanIssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    StartedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnnualReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AnnualReviews_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AnnualReviews_PlanId_Number",
                table: "AnnualReviews",
                columns: new[] { "PlanId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AnnualReviews");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "PlanVersions");

            migrationBuilder.DropColumn(
                name: "ReviewNumber",
                table: "PlanVersions");

            migrationBuilder.DropColumn(
                name: "AmendedOn",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "Theme_Kind",
                table: "DipSamples");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "AssuredGrades");
        }
    }
}
