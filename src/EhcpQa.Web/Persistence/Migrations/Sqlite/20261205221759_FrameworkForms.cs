using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EhcpQa.Web.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FrameworkForms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "AddedAt",
                table: "FrameworkVersions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AddedBy",
                table: "FrameworkVersions",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Form",
                table: "FrameworkVersions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublishedBy",
                table: "FrameworkVersions",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RetiredAt",
                table: "FrameworkVersions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RetiredBy",
                table: "FrameworkVersions",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "FrameworkUses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ConcurrencyToken = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FrameworkUses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FrameworkUseChoices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    FrameworkVersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    ChosenBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ChosenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FrameworkUsesId = table.Column<int>(type: "INTEGER", nullable: true)
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
                unique: true);

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
        }
    }
}
