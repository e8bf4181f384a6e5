using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EhcpQa.Web.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DraftSignOff : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PlanEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    VersionNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanEvents_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlanVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Document_StorageKey = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Document_FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: true),
                    Document_Length = table.Column<long>(type: "INTEGER", nullable: true),
                    Document_Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SubmittedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    FirstGraderId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    SecondGraderId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    DecisiveGrade = table.Column<int>(type: "INTEGER", nullable: true),
                    DecidedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ConcurrencyToken = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanVersions_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Gradings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    PlanVersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    GraderId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    FrameworkVersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ConcurrencyToken = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Gradings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Gradings_FrameworkVersions_FrameworkVersionId",
                        column: x => x.FrameworkVersionId,
                        principalTable: "FrameworkVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Gradings_PlanVersions_PlanVersionId",
                        column: x => x.PlanVersionId,
                        principalTable: "PlanVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Gradings_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlanVersionSections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Section = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: false),
                    PlanVersionId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanVersionSections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanVersionSections_PlanVersions_PlanVersionId",
                        column: x => x.PlanVersionId,
                        principalTable: "PlanVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SectionJudgement",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Section = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    SuggestedGrade = table.Column<int>(type: "INTEGER", nullable: false),
                    Grade = table.Column<int>(type: "INTEGER", nullable: false),
                    OverrideReason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Strengths = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AreasForImprovement = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Rationale = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SuggestedWording = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    JudgedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    GradingId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SectionJudgement", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SectionJudgement_Gradings_GradingId",
                        column: x => x.GradingId,
                        principalTable: "Gradings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DescriptorAnswers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DescriptorNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SectionJudgementId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DescriptorAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DescriptorAnswers_SectionJudgement_SectionJudgementId",
                        column: x => x.SectionJudgementId,
                        principalTable: "SectionJudgement",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DescriptorAnswers_SectionJudgementId",
                table: "DescriptorAnswers",
                column: "SectionJudgementId");

            migrationBuilder.CreateIndex(
                name: "IX_Gradings_FrameworkVersionId",
                table: "Gradings",
                column: "FrameworkVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_Gradings_PlanId",
                table: "Gradings",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_Gradings_PlanVersionId_Purpose",
                table: "Gradings",
                columns: new[] { "PlanVersionId", "Purpose" });

            migrationBuilder.CreateIndex(
                name: "IX_Gradings_Purpose_SubmittedAt",
                table: "Gradings",
                columns: new[] { "Purpose", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanEvents_PlanId_At",
                table: "PlanEvents",
                columns: new[] { "PlanId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanVersions_PlanId_Number",
                table: "PlanVersions",
                columns: new[] { "PlanId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanVersions_Status",
                table: "PlanVersions",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_PlanVersionSections_PlanVersionId",
                table: "PlanVersionSections",
                column: "PlanVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_SectionJudgement_GradingId_Section",
                table: "SectionJudgement",
                columns: new[] { "GradingId", "Section" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DescriptorAnswers");

            migrationBuilder.DropTable(
                name: "PlanEvents");

            migrationBuilder.DropTable(
                name: "PlanVersionSections");

            migrationBuilder.DropTable(
                name: "SectionJudgement");

            migrationBuilder.DropTable(
                name: "Gradings");

            migrationBuilder.DropTable(
                name: "PlanVersions");
        }
    }
}
