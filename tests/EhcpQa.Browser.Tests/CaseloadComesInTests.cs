using System.Globalization;
using System.IO.Compression;
using System.Text;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Web.Tests.Drafts;
using Microsoft.Playwright;

namespace EhcpQa.Browser.Tests;

/// <summary>
/// The authority's caseload comes into the service in a real browser, every kind of page passing axe. A QA lead imports
/// a register of 200 plans issued before the service (20 months ago, a month the demo's own year of plans never reaches,
/// so the sample's population is the imported plans alone) and a zip of their Word documents, draws a dip sample of that month
/// and runs a panel on it: a panel member moderates a plan never signed off in the service and the chair agrees its grade.
/// Then an issued plan's annual review decides to amend it, and the amended plan goes through sign-off.
/// </summary>
public sealed class CaseloadComesInTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const int PlanCount = 200;

    private readonly AxeOncePerKind _axe = new();

    /// <summary>Today in the UK, by the clock the service in the browser runs on (the machine's).</summary>
    private static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "Europe/London"));

    /// <summary>The month the imported plans were issued in: 20 months ago.</summary>
    private static DateOnly IssueMonth => new DateOnly(Today.Year, Today.Month, 1).AddMonths(-20);

    [Fact]
    public async Task AQaLead_ImportsTheRegisterAndItsTexts_DrawsASample_AndAPanelModeratesIt()
    {
        var page = await app.SignedInPageAsync("qalead@ehcpqa.test");
        await page.GotoAsync("/plans/import");
        await page.GetByLabel("Register file").SetInputFilesAsync(new FilePayload { Name = "register.csv", MimeType = "text/csv", Buffer = Register() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and choose the columns" }).ClickAsync();
        await page.ArriveAtAsync("**/columns");
        await CheckAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and preview the import" }).ClickAsync();
        await page.ArriveAtAsync(url => System.Text.RegularExpressions.Regex.IsMatch(url, "/plans/import/[0-9]+$"));
        await CheckAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = $"Import {PlanCount} plans" }).ClickAsync();
        await page.Locator("[data-import-result]").WaitForAsync();
        await CheckAsync(page, "imported");

        await page.GotoAsync("/plans/issued-texts");
        await page.GetByLabel("Upload a zip file").SetInputFilesAsync(new FilePayload { Name = "issued plans.zip", MimeType = "application/zip", Buffer = Texts() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and check the documents" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Check the documents before adding their texts");
        await CheckAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = $"Add the texts of {PlanCount} plans" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync($"{PlanCount}");

        await page.GotoAsync("/samples/new");
        await page.GetByLabel("Title").FillAsync("Plans brought in from the register");
        await page.Locator("#Form_Month").SelectOptionAsync(IssueMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Number of plans" }).FillAsync("4");
        await page.GetByRole(AriaRole.Button, new() { Name = "Draw the sample" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToBeVisibleAsync();
        var drawn = await page.Locator("main table").First.InnerTextAsync();
        Assert.True(drawn.Split("CSL-", StringSplitOptions.None).Length - 1 >= 4, drawn);
        await CheckAsync(page);

        await page.GotoAsync("/panels/new");
        await page.Locator("#Form_HeldOn_Day").FillAsync("3");
        await page.Locator("#Form_HeldOn_Month").FillAsync("12");
        await page.Locator("#Form_HeldOn_Year").FillAsync("2026");
        await page.GetByLabel("Multi-agency panel").ChooseAsync();
        await page.Locator("#Form_DipSampleId").SelectOptionAsync(new SelectOptionValue { Label = "Plans brought in from the register" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Set up the session" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("now add its members");
        await page.Locator("#Member_UserId").SelectOptionAsync(new SelectOptionValue { Label = "Ruth Evans (Health)" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Add member" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Assign the plans evenly" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Ruth Evans");

        var moderator = await app.SignedInPageAsync("panel@ehcpqa.test");
        await moderator.GotoAsync("/moderation");
        await moderator.Locator("table.govuk-table tbody tr td:first-child a").First.ClickAsync();
        await CheckAsync(moderator, "never signed off");
        var planUrl = new Uri(moderator.Url).AbsolutePath;
        await moderator.GetByRole(AriaRole.Button, new() { Name = "Start moderating" }).ClickAsync();
        await GradingPages.GradeAndSubmitAsync(moderator, "2 Good", "2 Good", CheckAsync);
        await Assertions.Expect(moderator.Locator(".govuk-notification-banner")).ToContainTextAsync("Your grading has been submitted");

        await page.GotoAsync(planUrl);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the agreed grade" }).ClickAsync();
        await GradingPages.GradeAndSubmitAsync(page, "2 Good", "2 Good", CheckAsync, rationale: "The panel agreed the plan is good.");
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("The agreed grade has been recorded: overall 2 Good");
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync("Re-graded");
    }

    [Fact]
    public async Task AnIssuedPlansReview_DecidesToAmendIt_AndTheAmendedPlanIsSignedOff()
    {
        var caseworker = await app.SignedInPageAsync("caseworker@ehcpqa.test");
        await caseworker.GotoAsync("/plans?status=ReviewDecisionDue");
        await CheckAsync(caseworker, "reviews");
        await caseworker.Locator("table.govuk-table tbody tr td:first-child a").First.ClickAsync();
        var planUrl = new Uri(caseworker.Url).AbsolutePath;
        var reference = (await caseworker.Locator("h1").InnerTextAsync()).Trim();
        await CheckAsync(caseworker, "in review");

        // The decision: forgotten first, then to amend the plan.
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Record the decision after the review" }).Or(caseworker.GetByRole(AriaRole.Link, new() { Name = "Record the decision after the review" })).First.ClickAsync();
        await CheckAsync(caseworker);
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }).ClickAsync();
        await Assertions.Expect(caseworker.Locator(".govuk-error-summary")).ToContainTextAsync("Select what the authority decided");
        await CheckAsync(caseworker, "refused");
        await caseworker.GetByLabel("Amend the plan").ChooseAsync();
        await caseworker.Locator("#DecidedOn_Day").FillAsync(Today.Day.ToString(CultureInfo.InvariantCulture));
        await caseworker.Locator("#DecidedOn_Month").FillAsync(Today.Month.ToString(CultureInfo.InvariantCulture));
        await caseworker.Locator("#DecidedOn_Year").FillAsync(Today.Year.ToString(CultureInfo.InvariantCulture));
        await caseworker.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }).ClickAsync();
        await Assertions.Expect(caseworker.Locator(".govuk-notification-banner")).ToContainTextAsync("its amended plan can now be sent for sign-off");
        await CheckAsync(caseworker, "amending");

        await DraftPages.ReviseSectionAsync(caseworker, "F", "Two hours a week of speech and language therapy, from the review.", CheckAsync);

        var manager = await app.SignedInPageAsync("manager@ehcpqa.test");
        await manager.GotoAsync("/sign-off");
        await manager.GetByRole(AriaRole.Link, new() { Name = reference }).First.ClickAsync();
        await Assertions.Expect(manager.Locator("main")).ToContainTextAsync("Amended plan due by");
        await CheckAsync(manager, "amendment");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Start grading" }).ClickAsync();
        await GradingPages.GradeAndSubmitAsync(manager, "2 Good", "2 Good", CheckAsync);
        await manager.GetByLabel("Sign off and issue the amended plan").ChooseAsync();
        await manager.GetByRole(AriaRole.Button, new() { Name = "Confirm decision" }).ClickAsync();
        await Assertions.Expect(manager.Locator(".govuk-notification-banner")).ToContainTextAsync("signed off and issued as amended");

        await caseworker.GotoAsync(planUrl);
        await Assertions.Expect(caseworker.Locator("main")).ToContainTextAsync("Amended plan after the review of");
        await Assertions.Expect(caseworker.Locator("#reviews + table")).ToContainTextAsync($"Issued {Today.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}");
        await CheckAsync(caseworker, "amended");
    }

    /// <summary>The register of <see cref="PlanCount"/> plans, each issued in <see cref="IssueMonth"/> and held by one of the two caseworkers.</summary>
    private static byte[] Register()
    {
        var csv = new StringBuilder("Plan reference,Initials,Date of birth,Caseworker email,Locality,Primary need,Setting type,Request date,Issue date,Status\r\n");
        for (var i = 1; i <= PlanCount; i++)
        {
            var (email, locality) = i % 2 == 0 ? ("caseworker@ehcpqa.test", "North") : ("caseworker2@ehcpqa.test", "South");
            var need = (i % 4) switch { 0 => "ASD", 1 => "SEMH", 2 => "MLD", _ => "SLCN" };
            var requested = IssueMonth.AddMonths(-4);
            var issued = IssueMonth.AddDays(i % 28);
            csv.Append(CultureInfo.InvariantCulture,
                $"CSL-{i:0000},AB,{1 + (i % 27):00}/0{1 + (i % 9)}/{IssueMonth.Year - 16 + (i % 12)},{email},{locality},{need},Mainstream,{requested:dd/MM/yyyy},{issued:dd/MM/yyyy},Final\r\n");
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    /// <summary>A zip of each imported plan's issued Word document, named by its reference.</summary>
    private static byte[] Texts()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            for (var i = 1; i <= PlanCount; i++)
            {
                var builder = new DocxBuilder();
                foreach (var section in PlanSections.Statutory)
                {
                    builder.Section($"Section {section.Code}: {section.Title}", $"Issued text of section {section.Code}.");
                }

                using var entry = zip.CreateEntry($"CSL-{i:0000}.docx").Open();
                entry.Write(builder.ToBytes());
            }
        }

        return buffer.ToArray();
    }

    private Task CheckAsync(IPage page, string state = "") => _axe.CheckAsync(page, state);
}
