using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EhcpQa.Web.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TwentyWeekExceptions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TwentyWeekException_Note",
                table: "Plans",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TwentyWeekException_Reason",
                table: "Plans",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "TwentyWeekException_RecordedAt",
                table: "Plans",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TwentyWeekException_RecordedById",
                table: "Plans",
                type: "TEXT",
                maxLength: 450,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "TwentyWeekException_Note",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "TwentyWeekException_Reason",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "TwentyWeekException_RecordedAt",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "TwentyWeekException_RecordedById",
                table: "Plans");
        }
    }
}
