using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EhcpQa.Web.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RegisterLiveWorkIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Plans_Stage",
                table: "Plans",
                column: "Stage");

            migrationBuilder.CreateIndex(
                name: "IX_AnnualReviews_Decision_AmendedPlanIssuedOn_PlanId",
                table: "AnnualReviews",
                columns: new[] { "Decision", "AmendedPlanIssuedOn", "PlanId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Plans_Stage",
                table: "Plans");

            migrationBuilder.DropIndex(
                name: "IX_AnnualReviews_Decision_AmendedPlanIssuedOn_PlanId",
                table: "AnnualReviews");
        }
    }
}
