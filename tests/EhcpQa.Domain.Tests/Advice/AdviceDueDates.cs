using EhcpQa.Domain.Advice;

namespace EhcpQa.Domain.Tests.Advice;

/// <summary>Advice is due the authority's weeks after the request (6 unless it sets fewer), or on a date given with the request.</summary>
public class AdviceDueDates
{
    [Theory]
    [InlineData("2026-01-31", 6, "2026-03-14")]
    [InlineData("2026-02-28", 6, "2026-04-11")]
    [InlineData("2024-02-20", 6, "2024-04-02")]
    [InlineData("2026-11-20", 6, "2027-01-01")]
    [InlineData("2026-04-30", 4, "2026-05-28")]
    public void WithNoDateGiven_AdviceIsDueTheAuthoritysWeeksLater_WhateverTheMonthsLengths(string requested, int weeks, string due)
    {
        var request = Requests.Of(AdviceService.EducationalPsychology, DateOnly.Parse(requested, System.Globalization.CultureInfo.InvariantCulture), weeks: weeks);

        Assert.Equal(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), request.DueOn);
    }

    [Fact]
    public void DateGiven_IsKept()
    {
        var request = Requests.Of(AdviceService.Paediatrics, new DateOnly(2026, 10, 1), dueOn: new DateOnly(2026, 10, 29));

        Assert.Equal(new DateOnly(2026, 10, 29), request.DueOn);
    }

    [Theory]
    [InlineData("2026-10-01")]
    [InlineData("2026-09-30")]
    public void DueOnOrBeforeTheRequest_IsRefused(string due)
    {
        var refused = Assert.Throws<DomainRuleException>(() =>
            Requests.Of(AdviceService.Paediatrics, new DateOnly(2026, 10, 1), dueOn: DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal([new Problem("DueOn", "The date the advice is due must be after the date it was requested")], refused.Problems);
    }

    [Fact]
    public void RequestedInTheFuture_IsRefused()
    {
        var refused = Assert.Throws<DomainRuleException>(() => Requests.Of(AdviceService.SocialCare, Requests.Today.AddDays(1)));

        Assert.Equal("RequestedOn", Assert.Single(refused.Problems).Field);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    public void PolicyOutsideOneToSixWeeks_IsRefused(int weeks)
    {
        Assert.Single(AdvicePolicy.Problems(weeks));
        Assert.Throws<DomainRuleException>(() => AdvicePolicyChange.Make(new AdvicePolicy(weeks), null, null, "qa-lead", Requests.Now));
    }

    [Fact]
    public void PolicyChangedFromAStalePage_IsRefused()
    {
        var first = AdvicePolicyChange.Make(new AdvicePolicy(5), null, null, "qa-lead", Requests.Now);

        Assert.Equal(5, first.Policy.DueWeeks);
        var refused = Assert.Throws<DomainRuleException>(() => AdvicePolicyChange.Make(new AdvicePolicy(4), null, first, "qa-lead-2", Requests.Now));
        Assert.StartsWith("Someone else changed when advice is due", refused.Message, StringComparison.Ordinal);
    }
}
