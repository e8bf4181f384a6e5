using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Register;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Register;

/// <summary>Importing is idempotent by plan reference: the same file imported again changes nothing.</summary>
public class RegisterReimport
{
    private static readonly DateTimeOffset NextWeek = PlanData.Now.AddDays(7);

    private static IReadOnlyList<RegisterRow> File() =>
    [
        RegisterData.RowFor("EHC/2026-001", 2, (RegisterField.SecondaryNeed, "SEMH"), (RegisterField.Cohorts, "CLA, CP")),
        RegisterData.RowFor("EHC/2026-002", 3, (RegisterField.Status, "Draft"), (RegisterField.IssuedOn, null)),
        RegisterData.RowFor("EHC/2026-003", 4, (RegisterField.Status, "Amended"), (RegisterField.LastReviewedOn, "25/02/2026")),
        RegisterData.RowFor("EHC/2026-004", 5, (RegisterField.Status, "Ceased"), (RegisterField.CeasedOn, "27/02/2026")),
        RegisterData.RowFor("ehc/2026-005", 6, (RegisterField.SettingName, null)),
    ];

    [Fact]
    public void TheSameFileAgain_HasNothingToAddOrUpdate_AndEveryRowUnchanged()
    {
        var plans = RegisterData.Preview(File()).Apply(RegisterData.ImportedBy, PlanData.Now).ToArray();

        var again = RegisterData.Preview(File(), plans);
        again.Apply(RegisterData.ImportedBy, NextWeek);

        Assert.Equal((0, 0, 5, 0), (again.Additions.Count, again.Updates.Count, again.Unchanged, again.RefusedRows));
        Assert.All(plans, p => Assert.DoesNotContain(p.Events, e => e.Kind == PlanEventKind.RecordImported));
    }

    [Fact]
    public void TheNewPlans_AreAsTheRegisterSays()
    {
        var plans = RegisterData.Preview(File()).Apply(RegisterData.ImportedBy, PlanData.Now).ToList();

        Assert.Equal(
            [(PlanStage.Final, false), (PlanStage.Draft, false), (PlanStage.Amended, false), (PlanStage.Final, true), (PlanStage.Final, false)],
            plans.Select(p => (p.Stage, p.HasCeased)));
        Assert.Equal("EHC/2026-005", plans[4].Reference);
        Assert.Equal(NeedType.SocialEmotionalAndMentalHealth, plans[0].SecondaryNeed);
        Assert.Equal(VulnerableCohorts.ChildInCare | VulnerableCohorts.ChildProtection, plans[0].Cohorts);
        Assert.Equal(Dates.Parse("2026-02-25"), plans[2].LastReviewedOn);
    }
}
