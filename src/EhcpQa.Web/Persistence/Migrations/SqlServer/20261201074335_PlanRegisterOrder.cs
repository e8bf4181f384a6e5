using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EhcpQa.Web.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PlanRegisterOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Plans_StatutoryDeadline",
                table: "Plans");

            migrationBuilder.CreateIndex(
                name: "IX_Plans_StatutoryDeadline_Reference",
                table: "Plans",
                columns: new[] { "StatutoryDeadline", "Reference" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Plans_StatutoryDeadline_Reference",
                table: "Plans");

            migrationBuilder.CreateIndex(
                name: "IX_Plans_StatutoryDeadline",
                table: "Plans",
                column: "StatutoryDeadline");
        }
    }
}
