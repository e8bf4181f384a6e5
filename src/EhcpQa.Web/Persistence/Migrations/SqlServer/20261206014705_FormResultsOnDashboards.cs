using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EhcpQa.Web.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class FormResultsOnDashboards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<int>(
                name: "Overall",
                table: "AssuredGrades",
                type: "int",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "int");

            migrationBuilder.AddColumn<decimal>(
                name: "Available",
                table: "AssuredGrades",
                type: "decimal(18,4)",
                precision: 18,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "Awarded",
                table: "AssuredGrades",
                type: "decimal(18,4)",
                precision: 18,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "FrameworkVersionId",
                table: "AssuredGrades",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "GradeOnForm",
                table: "AssuredGrades",
                type: "nvarchar(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "PassesBar",
                table: "AssuredGrades",
                type: "bit",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Available",
                table: "AssuredGrades");

            migrationBuilder.DropColumn(
                name: "Awarded",
                table: "AssuredGrades");

            migrationBuilder.DropColumn(
                name: "FrameworkVersionId",
                table: "AssuredGrades");

            migrationBuilder.DropColumn(
                name: "GradeOnForm",
                table: "AssuredGrades");

            migrationBuilder.DropColumn(
                name: "PassesBar",
                table: "AssuredGrades");

            migrationBuilder.AlterColumn<int>(
                name: "Overall",
                table: "AssuredGrades",
                type: "int",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "int",
                oldNullable: true);
        }
    }
}
