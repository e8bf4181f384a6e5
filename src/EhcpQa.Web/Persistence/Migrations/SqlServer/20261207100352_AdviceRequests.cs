using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EhcpQa.Web.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AdviceRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AdvicePolicyChanges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    DueWeeks = table.Column<int>(type: "int", nullable: false),
                    ChangedBy = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdvicePolicyChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AdviceRequests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PlanId = table.Column<int>(type: "int", nullable: false),
                    Occasion = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Service = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    ServiceName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Agency = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    RequestedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Document_StorageKey = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    Document_FileName = table.Column<string>(type: "nvarchar(260)", maxLength: 260, nullable: true),
                    Document_Length = table.Column<long>(type: "bigint", nullable: true),
                    Document_Sha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    PastedText = table.Column<string>(type: "nvarchar(max)", maxLength: 200000, nullable: true),
                    RequestedById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ChangedById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ReceivedRecordedById = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    ReceivedRecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ConcurrencyToken = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdviceRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AdviceRequests_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AdviceRequests_Agency_ReceivedOn_DueOn",
                table: "AdviceRequests",
                columns: new[] { "Agency", "ReceivedOn", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_AdviceRequests_PlanId",
                table: "AdviceRequests",
                column: "PlanId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AdvicePolicyChanges");

            migrationBuilder.DropTable(
                name: "AdviceRequests");
        }
    }
}
