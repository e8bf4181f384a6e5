using EhcpQa.Domain.Sampling;

namespace EhcpQa.Domain.Tests.Sampling;

/// <summary>The windows a sample's population is taken from: month, 6 weeks, term, quarter, a range of dates.</summary>
public class SampleWindows
{
    [Fact]
    public void Month_RunsFromItsFirstToItsLastDay()
    {
        var window = SampleWindow.Month(new DateOnly(2028, 2, 14));

        Assert.Equal((new DateOnly(2028, 2, 1), new DateOnly(2028, 2, 29)), window.Dates);
        Assert.Equal("February 2028", window.Words());
    }

    [Fact]
    public void SixWeeks_Is42DaysFromTheStart_AcrossTheTurnOfTheYear()
    {
        var window = SampleWindow.SixWeeksFrom(new DateOnly(2026, 12, 1));

        Assert.Equal((new DateOnly(2026, 12, 1), new DateOnly(2027, 1, 11)), window.Dates);
        Assert.Equal("6 weeks from 1 December 2026 to 11 January 2027", window.Words());
    }

    [Theory]
    [InlineData(SchoolTerm.Autumn, "2026-09-01", "2026-12-31", "autumn term 2026")]
    [InlineData(SchoolTerm.Spring, "2027-01-01", "2027-03-31", "spring term 2027")]
    [InlineData(SchoolTerm.Summer, "2027-04-01", "2027-08-31", "summer term 2027")]
    public void Terms_OfTheSchoolYear2026To2027(SchoolTerm term, string start, string end, string words)
    {
        var window = SampleWindow.Term(term, schoolYearStarting: 2026);

        Assert.Equal((DateOnly.Parse(start), DateOnly.Parse(end)), window.Dates);
        Assert.Equal(words, window.Words());
    }

    [Theory]
    [InlineData("2026-11-23", "2026-09-01")]
    [InlineData("2027-01-01", "2027-01-01")]
    [InlineData("2027-08-31", "2027-04-01")]
    [InlineData("2026-03-31", "2026-01-01")]
    public void TermOf_ADay_IsTheTermItFallsIn(string day, string start)
    {
        Assert.Equal(DateOnly.Parse(start), SampleWindow.TermOf(DateOnly.Parse(day)).Start);
    }

    [Fact]
    public void SpringTerm_IsInTheYearAfterTheSchoolYearStarts()
    {
        var autumn = SampleWindow.Term(SchoolTerm.Autumn, 2026);
        var spring = SampleWindow.Term(SchoolTerm.Spring, 2026);

        Assert.Equal(autumn.End.AddDays(1), spring.Start);
        Assert.Equal(2027, spring.Start.Year);
    }

    [Theory]
    [InlineData(1, "2026-01-01", "2026-03-31", "January to March 2026")]
    [InlineData(4, "2026-10-01", "2026-12-31", "October to December 2026")]
    public void Quarter_IsACalendarQuarter(int quarter, string start, string end, string words)
    {
        var window = SampleWindow.Quarter(2026, quarter);

        Assert.Equal((DateOnly.Parse(start), DateOnly.Parse(end)), window.Dates);
        Assert.Equal(words, window.Words());
        Assert.Equal(window, SampleWindow.QuarterOf(DateOnly.Parse(end)));
    }

    [Fact]
    public void Custom_EndingBeforeItStarts_IsRefusedWithAMessage()
    {
        var refused = Assert.Throws<DomainRuleException>(() => SampleWindow.Custom(new DateOnly(2026, 10, 2), new DateOnly(2026, 10, 1)));

        var problem = Assert.Single(refused.Problems);
        Assert.Equal("End", problem.Field);
        Assert.Equal("The end date must be the same as or after the start date", problem.Message);
    }

    [Fact]
    public void Custom_OfOneDay_IsAWindow()
    {
        var window = SampleWindow.Custom(new DateOnly(2026, 10, 2), new DateOnly(2026, 10, 2));

        Assert.Equal("2 October 2026 to 2 October 2026", window.Words());
    }

    [Theory]
    [InlineData(SampleWindowKind.Month, "2026-10-01", "2026-10-31")]
    [InlineData(SampleWindowKind.SixWeeks, "2026-12-01", "2027-01-11")]
    [InlineData(SampleWindowKind.Term, "2027-01-01", "2027-03-31")]
    [InlineData(SampleWindowKind.Quarter, "2026-07-01", "2026-09-30")]
    [InlineData(SampleWindowKind.Custom, "2026-07-03", "2026-09-30")]
    public void RecordedWindow_ReadsBackTheSame(SampleWindowKind kind, string start, string end)
    {
        var window = SampleWindow.Of(kind, DateOnly.Parse(start), DateOnly.Parse(end));

        Assert.Equal(kind, window.Kind);
        Assert.Equal((DateOnly.Parse(start), DateOnly.Parse(end)), window.Dates);
    }
}
