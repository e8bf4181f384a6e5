using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EhcpQa.Web.Persistence.Migrations.SqlServer
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
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TwentyWeekException_Reason",
                table: "Plans",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "TwentyWeekException_RecordedAt",
                table: "Plans",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TwentyWeekException_RecordedById",
                table: "Plans",
                type: "nvarchar(450)",
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
