using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EhcpQa.Web.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ModerationGradings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "PanelSessionId",
                table: "Gradings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Gradings_PanelSessionId_PlanId",
                table: "Gradings",
                columns: new[] { "PanelSessionId", "PlanId" });

            migrationBuilder.AddForeignKey(
                name: "FK_Gradings_PanelSessions_PanelSessionId",
                table: "Gradings",
                column: "PanelSessionId",
                principalTable: "PanelSessions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Gradings_PanelSessions_PanelSessionId",
                table: "Gradings");

            migrationBuilder.DropIndex(
                name: "IX_Gradings_PanelSessionId_PlanId",
                table: "Gradings");

            migrationBuilder.DropColumn(
                name: "PanelSessionId",
                table: "Gradings");
        }
    }
}
