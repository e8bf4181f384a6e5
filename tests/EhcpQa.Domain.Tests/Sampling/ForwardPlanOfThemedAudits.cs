using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Sampling;

namespace EhcpQa.Domain.Tests.Sampling;

/// <summary>
/// The forward plan holds themed audits planned for a window (next term, say), possibly drawn by a schedule: the
/// schedule's draw of that window takes the audit's theme, and the audit is done once linked to its sample.
/// </summary>
public class ForwardPlanOfThemedAudits
{
    private static readonly SampleWindow SpringTerm = SampleWindow.Term(SchoolTerm.Spring, 2026);

    [Fact]
    public void AuditPlannedForNextTerm_OfATermlySchedule_GivesThatWindowsDrawItsTheme()
    {
        var schedule = Schedules.Every(SampleWindowKind.Term, new DateOnly(2026, 9, 1), new SampleTheme(Kind: PlanKind.New));
        var audit = PlannedAudit.Plan("Children in care", new SampleTheme(Cohort: VulnerableCohorts.ChildInCare), SpringTerm, schedule, "With the virtual school", Schedules.QaLead, Schedules.At(2026, 11, 23));

        Assert.True(audit.IsPlannedFor(schedule.Id, SpringTerm));
        Assert.False(audit.IsPlannedFor(schedule.Id, SpringTerm.Following()));
        Assert.Equal(new SampleTheme(Cohort: VulnerableCohorts.ChildInCare, Kind: PlanKind.New), schedule.ThemeFor(audit));
        Assert.Equal(new SampleTheme(Kind: PlanKind.New), schedule.ThemeFor(null));
        Assert.Equal("Dip sample: Children in care, spring term 2027", schedule.TitleFor(SpringTerm, audit));
        Assert.Equal((PlannedAuditStatus.Planned, "With the virtual school"), (audit.Status, audit.Notes));
    }

    [Fact]
    public void Done_LinksTheSample_AndThenCannotBeChangedOrCancelled()
    {
        var audit = PlannedAudit.Plan("Preparing for adulthood", new SampleTheme(), SpringTerm, null, null, Schedules.QaLead, Schedules.At(2026, 11, 23));

        audit.MarkDone(12, "other", Schedules.At(2027, 4, 1));

        Assert.Equal((PlannedAuditStatus.Done, 12, "other"), (audit.Status, audit.DipSampleId!.Value, audit.ChangedById));
        Assert.Throws<DomainRuleException>(() => audit.Cancel(Schedules.QaLead, Schedules.At(2027, 4, 2)));
        var refused = Assert.Throws<DomainRuleException>(() => audit.Change("Other", new SampleTheme(), SpringTerm, null, null, Schedules.QaLead, Schedules.At(2027, 4, 2)));
        Assert.Equal("This audit is done, so it cannot be changed.", refused.Message);
        Assert.False(audit.IsPlannedFor(0, SpringTerm));
    }

    [Fact]
    public void Cancelled_StaysListed_ButIsNoLongerDrawnOrDone()
    {
        var schedule = Schedules.Every(SampleWindowKind.Term, new DateOnly(2026, 9, 1));
        var audit = PlannedAudit.Plan("Early years", new SampleTheme(Phase: Phase.EarlyYears), SpringTerm, schedule, null, Schedules.QaLead, Schedules.At(2026, 11, 23));

        audit.Cancel("other", Schedules.At(2026, 12, 1));

        Assert.Equal(PlannedAuditStatus.Cancelled, audit.Status);
        Assert.False(audit.IsPlannedFor(schedule.Id, SpringTerm));
        Assert.Throws<DomainRuleException>(() => audit.MarkDone(3, Schedules.QaLead, Schedules.At(2027, 4, 1)));
    }

    [Fact]
    public void WindowThatTheScheduleDoesNotDraw_OrHasDrawn_IsAProblem()
    {
        var schedule = Schedules.Every(SampleWindowKind.Term, new DateOnly(2026, 9, 1));
        schedule.RecordDrawn(schedule.FirstWindow, 5, Schedules.At(2027, 1, 1));

        var notItsKind = PlannedAudit.Problems("Theme", SampleWindow.Month(new DateOnly(2027, 1, 1)), null, schedule).Single();
        var drawn = PlannedAudit.Problems("Theme", schedule.FirstWindow, null, schedule).Single();

        Assert.Equal("SampleScheduleId", notItsKind.Field);
        Assert.Equal("The schedule has drawn autumn term 2026 already: choose a later window", drawn.Message);
        Assert.Empty(PlannedAudit.Problems("Theme", SpringTerm, null, schedule));
    }

    [Fact]
    public void ThemeAndNotes_MustFit()
    {
        var problems = PlannedAudit.Problems(new string('t', PlannedAudit.ThemeTitleMaxLength + 1), null, new string('n', PlannedAudit.NotesMaxLength + 1), null);

        Assert.Equal(["ThemeTitle", "Notes", "Window"], problems.Select(p => p.Field));
    }
}
