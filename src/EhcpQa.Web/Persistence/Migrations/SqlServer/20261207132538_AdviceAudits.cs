using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EhcpQa.Web.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AdviceAudits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<int>(
                name: "PlanVersionId",
                table: "Gradings",
                type: "int",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AddColumn<int>(
                name: "AdviceRequestId",
                table: "Gradings",
                type: "int",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Gradings_AdviceRequestId",
                table: "Gradings",
                column: "AdviceRequestId",
                unique: true,
                filter: "[AdviceRequestId] IS NOT NULL");

            migrationBuilder.AddForeignKey(
                name: "FK_Gradings_AdviceRequests_AdviceRequestId",
                table: "Gradings",
                column: "AdviceRequestId",
                principalTable: "AdviceRequests",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Gradings_AdviceRequests_AdviceRequestId",
                table: "Gradings");

            migrationBuilder.DropIndex(
                name: "IX_Gradings_AdviceRequestId",
                table: "Gradings");

            migrationBuilder.DropColumn(
                name: "AdviceRequestId",
                table: "Gradings");

            migrationBuilder.AlterColumn<int>(
                name: "PlanVersionId",
                table: "Gradings",
                type: "int",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true);
        }
    }
}
