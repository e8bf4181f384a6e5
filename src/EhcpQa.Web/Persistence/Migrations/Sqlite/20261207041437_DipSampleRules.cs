using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EhcpQa.Web.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DipSampleRules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // "At least one plan for each caseworker" becomes a number: a sample drawn with it reads 1, without it 0.
            migrationBuilder.AddColumn<int>(
                name: "PlansPerCaseworker",
                table: "DipSamples",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.Sql("UPDATE DipSamples SET PlansPerCaseworker = 1 WHERE AtLeastOnePerCaseworker = 1");

            migrationBuilder.DropColumn(
                name: "AtLeastOnePerCaseworker",
                table: "DipSamples");

            migrationBuilder.AddColumn<int>(
                name: "PlansPerPhase",
                table: "DipSamples",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AlterColumn<int>(
                name: "RequestedSize",
                table: "DipSamples",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "INTEGER");

            migrationBuilder.AddColumn<int>(
                name: "MinimumSize",
                table: "DipSamples",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "OneIn",
                table: "DipSamples",
                type: "INTEGER",
                nullable: true);

            // Every sample drawn before was of a calendar month.
            migrationBuilder.AddColumn<string>(
                name: "WindowKind",
                table: "DipSamples",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "Month");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "AtLeastOnePerCaseworker",
                table: "DipSamples",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.Sql("UPDATE DipSamples SET AtLeastOnePerCaseworker = 1 WHERE PlansPerCaseworker > 0");
            migrationBuilder.Sql("UPDATE DipSamples SET RequestedSize = 1 WHERE RequestedSize IS NULL");

            migrationBuilder.DropColumn(
                name: "PlansPerCaseworker",
                table: "DipSamples");

            migrationBuilder.DropColumn(
                name: "PlansPerPhase",
                table: "DipSamples");

            migrationBuilder.DropColumn(
                name: "MinimumSize",
                table: "DipSamples");

            migrationBuilder.DropColumn(
                name: "OneIn",
                table: "DipSamples");

            migrationBuilder.DropColumn(
                name: "WindowKind",
                table: "DipSamples");

            migrationBuilder.AlterColumn<int>(
                name: "RequestedSize",
                table: "DipSamples",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldNullable: true);
        }
    }
}
