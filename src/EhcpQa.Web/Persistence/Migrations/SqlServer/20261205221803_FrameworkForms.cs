using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EhcpQa.Web.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class FrameworkForms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Source",
                table: "FrameworkVersions",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(500)",
                oldMaxLength: 500);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "AddedAt",
                table: "FrameworkVersions",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AddedBy",
                table: "FrameworkVersions",
                type: "nvarchar(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Form",
                table: "FrameworkVersions",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublishedBy",
                table: "FrameworkVersions",
                type: "nvarchar(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "RetiredAt",
                table: "FrameworkVersions",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RetiredBy",
                table: "FrameworkVersions",
                type: "nvarchar(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "FrameworkUses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ConcurrencyToken = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FrameworkUses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FrameworkUseChoices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Sequence = table.Column<int>(type: "int", nullable: false),
                    Purpose = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    FrameworkVersionId = table.Column<int>(type: "int", nullable: false),
                    ChosenBy = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    ChosenAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    FrameworkUsesId = table.Column<int>(type: "int", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FrameworkUseChoices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FrameworkUseChoices_FrameworkUses_FrameworkUsesId",
                        column: x => x.FrameworkUsesId,
                        principalTable: "FrameworkUses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FrameworkUseChoices_FrameworkVersions_FrameworkVersionId",
                        column: x => x.FrameworkVersionId,
                        principalTable: "FrameworkVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FrameworkUseChoices_FrameworkUsesId_Sequence",
                table: "FrameworkUseChoices",
                columns: new[] { "FrameworkUsesId", "Sequence" },
                unique: true,
                filter: "[FrameworkUsesId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_FrameworkUseChoices_FrameworkVersionId",
                table: "FrameworkUseChoices",
                column: "FrameworkVersionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FrameworkUseChoices");

            migrationBuilder.DropTable(
                name: "FrameworkUses");

            migrationBuilder.DropColumn(
                name: "AddedAt",
                table: "FrameworkVersions");

            migrationBuilder.DropColumn(
                name: "AddedBy",
                table: "FrameworkVersions");

            migrationBuilder.DropColumn(
                name: "Form",
                table: "FrameworkVersions");

            migrationBuilder.DropColumn(
                name: "PublishedBy",
                table: "FrameworkVersions");

            migrationBuilder.DropColumn(
                name: "RetiredAt",
                table: "FrameworkVersions");

            migrationBuilder.DropColumn(
                name: "RetiredBy",
                table: "FrameworkVersions");

            migrationBuilder.AlterColumn<string>(
                name: "Source",
                table: "FrameworkVersions",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(1000)",
                oldMaxLength: 1000);
        }
    }
}
