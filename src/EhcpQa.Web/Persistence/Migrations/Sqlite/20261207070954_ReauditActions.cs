using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EhcpQa.Web.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReauditActions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "ReauditDueBy",
                table: "ImprovementActions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReauditFocus",
                table: "ImprovementActions",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReauditSampleId",
                table: "ImprovementActions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReauditTheme_Cohort",
                table: "ImprovementActions",
                type: "TEXT",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReauditTheme_Kind",
                table: "ImprovementActions",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReauditTheme_LocalityId",
                table: "ImprovementActions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReauditTheme_Need",
                table: "ImprovementActions",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReauditTheme_Phase",
                table: "ImprovementActions",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReauditTheme_Setting",
                table: "ImprovementActions",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ImprovementActions_ReauditSampleId",
                table: "ImprovementActions",
                column: "ReauditSampleId");

            migrationBuilder.AddForeignKey(
                name: "FK_ImprovementActions_DipSamples_ReauditSampleId",
                table: "ImprovementActions",
                column: "ReauditSampleId",
                principalTable: "DipSamples",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ImprovementActions_DipSamples_ReauditSampleId",
                table: "ImprovementActions");

            migrationBuilder.DropIndex(
                name: "IX_ImprovementActions_ReauditSampleId",
                table: "ImprovementActions");

            migrationBuilder.DropColumn(
                name: "ReauditDueBy",
                table: "ImprovementActions");

            migrationBuilder.DropColumn(
                name: "ReauditFocus",
                table: "ImprovementActions");

            migrationBuilder.DropColumn(
                name: "ReauditSampleId",
                table: "ImprovementActions");

            migrationBuilder.DropColumn(
                name: "ReauditTheme_Cohort",
                table: "ImprovementActions");

            migrationBuilder.DropColumn(
                name: "ReauditTheme_Kind",
                table: "ImprovementActions");

            migrationBuilder.DropColumn(
                name: "ReauditTheme_LocalityId",
                table: "ImprovementActions");

            migrationBuilder.DropColumn(
                name: "ReauditTheme_Need",
                table: "ImprovementActions");

            migrationBuilder.DropColumn(
                name: "ReauditTheme_Phase",
                table: "ImprovementActions");

            migrationBuilder.DropColumn(
                name: "ReauditTheme_Setting",
                table: "ImprovementActions");
        }
    }
}
