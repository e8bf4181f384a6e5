using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EhcpQa.Web.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FamilySurveys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SurveyInvitations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    PlanVersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Occasion = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Respondent = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FrameworkVersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", unicode: false, fixedLength: true, maxLength: 64, nullable: false),
                    CreatedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ConcurrencyToken = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyInvitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyInvitations_FrameworkVersions_FrameworkVersionId",
                        column: x => x.FrameworkVersionId,
                        principalTable: "FrameworkVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SurveyInvitations_PlanVersions_PlanVersionId",
                        column: x => x.PlanVersionId,
                        principalTable: "PlanVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SurveyInvitations_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SurveyPolicyChanges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ValidDays = table.Column<int>(type: "INTEGER", nullable: false),
                    EasyReadForYoungPeople = table.Column<bool>(type: "INTEGER", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyPolicyChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SurveyAnswers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PartCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ItemCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    SurveyInvitationId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyAnswers_SurveyInvitations_SurveyInvitationId",
                        column: x => x.SurveyInvitationId,
                        principalTable: "SurveyInvitations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SurveyAnswers_SurveyInvitationId",
                table: "SurveyAnswers",
                column: "SurveyInvitationId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyInvitations_CreatedAt",
                table: "SurveyInvitations",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyInvitations_FrameworkVersionId",
                table: "SurveyInvitations",
                column: "FrameworkVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyInvitations_PlanId",
                table: "SurveyInvitations",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyInvitations_PlanVersionId",
                table: "SurveyInvitations",
                column: "PlanVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyInvitations_TokenHash",
                table: "SurveyInvitations",
                column: "TokenHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SurveyAnswers");

            migrationBuilder.DropTable(
                name: "SurveyPolicyChanges");

            migrationBuilder.DropTable(
                name: "SurveyInvitations");
        }
    }
}
