using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Register;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Register;

/// <summary>A later export updates what changed, and the plan's history records who imported which fields, and when.</summary>
public class LaterRegisterExport
{
    private static readonly DateTimeOffset NextMonth = PlanData.Now.AddMonths(1);

    [Fact]
    public void ANewCaseworkerAndLocality_AreRecordedInOneEntry_NamingTheFields()
    {
        var plan = RegisterData.Imported(RegisterData.Row());
        var preview = RegisterData.Preview(RegisterData.Row(2,
            (RegisterField.Caseworker, RegisterData.OtherCaseworkerEmail), (RegisterField.Locality, RegisterData.OtherLocality)), plan);

        preview.Apply("qa-lead-2", NextMonth);

        Assert.Equal((RegisterData.OtherCaseworkerId, RegisterData.OtherLocalityId), (plan.CaseworkerId, plan.LocalityId));
        var entry = Assert.Single(plan.Events, e => e.Kind == PlanEventKind.RecordImported);
        Assert.Equal(("qa-lead-2", NextMonth, "Updated from the register: caseworker, locality"), (entry.ActorId, entry.At, entry.Detail));
        Assert.Equal(("qa-lead-2", NextMonth), (plan.UpdatedById, plan.UpdatedAt));
    }

    [Fact]
    public void EachChangedField_IsListedInTheUpdate_AndNamedInTheHistory()
    {
        var plan = RegisterData.Imported(RegisterData.Row());
        var preview = RegisterData.Preview(RegisterData.Row(2,
            (RegisterField.ChildInitials, "jsm"), (RegisterField.SecondaryNeed, "HI"), (RegisterField.SettingName, "Elm Academy"),
            (RegisterField.LastReviewedOn, "01/03/2026"), (RegisterField.Cohorts, "YJ")), plan);

        preview.Apply(RegisterData.ImportedBy, NextMonth);

        Assert.Equal(
            [RegisterField.ChildInitials, RegisterField.SecondaryNeed, RegisterField.SettingName, RegisterField.LastReviewedOn, RegisterField.Cohorts],
            Assert.Single(preview.Updates).Changes);
        Assert.Equal(("JSM", NeedType.HearingImpairment, "Elm Academy", Dates.Parse("2026-03-01"), VulnerableCohorts.YouthJustice),
            (plan.ChildIdentifier, plan.SecondaryNeed, plan.SettingName, plan.LastReviewedOn, plan.Cohorts));
        Assert.Equal("Updated from the register: child's initials, secondary need, name of setting, date of the last annual review, cohorts",
            plan.Events[^1].Detail);
    }

    [Fact]
    public void AFieldTheFileHasNoColumnFor_IsLeftAsItIs()
    {
        var plan = RegisterData.Imported(RegisterData.Row(2, (RegisterField.Cohorts, "CLA"), (RegisterField.LastReviewedOn, "25/02/2026")));
        var columns = RegisterData.Mapping.Columns.Where(c => c.Key is not (RegisterField.Cohorts or RegisterField.SettingName or RegisterField.LastReviewedOn))
            .ToDictionary(c => c.Key, c => c.Value);

        var preview = RegisterImportPreview.Of(RegisterData.Headings, new RegisterColumnMapping(columns),
            [RegisterData.Row(2, (RegisterField.Cohorts, null), (RegisterField.SettingName, null), (RegisterField.LastReviewedOn, null))],
            RegisterData.Lookups(plan), PlanData.Today);

        Assert.Equal(1, preview.Unchanged);
    }
}
