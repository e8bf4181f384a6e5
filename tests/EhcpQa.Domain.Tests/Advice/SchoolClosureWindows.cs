using EhcpQa.Domain.Advice;

namespace EhcpQa.Domain.Tests.Advice;

/// <summary>
/// Advice asked of a school from one week before it closes for 4 weeks or more to one week before it re-opens falls in
/// the closure's window (SEND Regulations 2014, regulation 13(3)(a)); other advice, and shorter closures, do not.
/// </summary>
public class SchoolClosureWindows
{
    private static readonly DateTimeOffset At = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);

    // Closed from Wednesday 22 July 2026; open again on Thursday 3 September: 43 days.
    private static SchoolClosure Summer(IEnumerable<SchoolClosure>? recorded = null) =>
        SchoolClosure.Record("Summer holidays 2026", new DateOnly(2026, 7, 22), new DateOnly(2026, 9, 3), recorded ?? [], "qa-lead", At);

    [Theory]
    [InlineData("2026-07-14", false)]
    [InlineData("2026-07-15", true)]
    [InlineData("2026-07-22", true)]
    [InlineData("2026-08-27", true)]
    [InlineData("2026-08-28", false)]
    [InlineData("2026-09-03", false)]
    public void TheWindow_RunsFromAWeekBeforeClosingToAWeekBeforeReopening(string requestedOn, bool covered)
    {
        Assert.Equal(covered, Summer().Covers(DateOnly.Parse(requestedOn, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void OnlyAdviceAskedOfAnEducationSetting_FallsInIt()
    {
        var closures = new[] { Summer() };
        var inTheWindow = new DateOnly(2026, 8, 1);

        Assert.Same(closures[0], SchoolClosure.Covering(closures, AdviceService.EducationSetting, inTheWindow));
        Assert.Null(SchoolClosure.Covering(closures, AdviceService.EducationalPsychology, inTheWindow));
        Assert.Null(SchoolClosure.Covering(closures, AdviceService.Paediatrics, inTheWindow));
    }

    [Fact]
    public void AClosureRemoved_CountsForNothing()
    {
        var summer = Summer();

        summer.Remove("qa-lead", At.AddHours(1));

        Assert.Null(SchoolClosure.Covering([summer], AdviceService.EducationSetting, new DateOnly(2026, 8, 1)));
        Assert.Equal(("qa-lead", (DateTimeOffset?)At.AddHours(1)), (summer.RemovedById, summer.RemovedAt));
        Assert.Throws<DomainRuleException>(() => summer.Remove("qa-lead", At.AddHours(2)));
    }

    [Theory]
    [InlineData("2026-07-22", "2026-08-19", null)]
    [InlineData("2026-07-22", "2026-08-18", "ReopensOn")]
    [InlineData("2026-12-19", "2027-01-05", "ReopensOn")]
    [InlineData("2026-07-22", "2026-07-22", "ReopensOn")]
    [InlineData("2026-09-03", "2026-07-22", "ReopensOn")]
    public void AClosure_MustLastFourWeeksOrMore(string closesOn, string reopensOn, string? field)
    {
        var problems = SchoolClosure.Problems("Summer", Date(closesOn), Date(reopensOn), []).ToList();

        Assert.Equal(field is null ? [] : [field], problems.Select(p => p.Field));
    }

    [Fact]
    public void AClosure_OverlappingOneRecorded_IsRefused_UnlessThatOneWasRemoved()
    {
        var summer = Summer();

        var overlapping = Assert.Single(SchoolClosure.Problems("Summer again", new DateOnly(2026, 8, 20), new DateOnly(2026, 9, 30), [summer]));
        Assert.Contains("Summer holidays 2026", overlapping.Message, StringComparison.Ordinal);
        Assert.Empty(SchoolClosure.Problems("Next summer", new DateOnly(2027, 7, 21), new DateOnly(2027, 9, 2), [summer]));

        summer.Remove("qa-lead", At);
        Assert.Empty(SchoolClosure.Problems("Summer again", new DateOnly(2026, 8, 20), new DateOnly(2026, 9, 30), [summer]));
    }

    [Fact]
    public void AClosure_NeedsANameAndBothDates()
    {
        var problems = SchoolClosure.Problems(" ", null, null, []).Select(p => p.Field).ToList();

        Assert.Equal(["Name", "ClosesOn", "ReopensOn"], problems);
        Assert.Throws<DomainRuleException>(() => SchoolClosure.Record(null, null, null, [], "qa-lead", At));
    }

    private static DateOnly Date(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
