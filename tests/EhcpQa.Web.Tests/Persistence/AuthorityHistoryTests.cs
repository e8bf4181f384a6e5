using EhcpQa.Domain.Grades;
using EhcpQa.Web.Persistence.Seeding;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Persistence;

/// <summary>The generator the demo and the benchmarks share makes the same history from the same seed, at any scale.</summary>
public sealed class AuthorityHistoryTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Fact]
    public void SameSeed_MakesTheSameHistory_AndAnotherSeedAnother()
    {
        var first = AuthorityHistory.Generate(AuthorityScale.Demo, Today, caseworkers: 2, seed: 7).ToList();
        var again = AuthorityHistory.Generate(AuthorityScale.Demo, Today, caseworkers: 2, seed: 7).ToList();
        var other = AuthorityHistory.Generate(AuthorityScale.Demo, Today, caseworkers: 2, seed: 8).ToList();

        Assert.Equal(first.Select(Describe), again.Select(Describe));
        Assert.NotEqual(first.Select(Describe), other.Select(Describe));
    }

    [Fact]
    public void Scale_GivesEachMonthBeforeThisOneItsPlans()
    {
        var history = AuthorityHistory.Generate(new AuthorityScale(Months: 24, PlansPerMonth: 30), Today, caseworkers: 5, seed: 1).ToList();

        var months = history.GroupBy(h => new DateOnly(h.IssuedOn.Year, h.IssuedOn.Month, 1)).OrderBy(g => g.Key).ToList();
        Assert.Equal(24, months.Count);
        Assert.Equal(new DateOnly(2024, 11, 1), months[0].Key);
        Assert.Equal(new DateOnly(2026, 10, 1), months[^1].Key);
        Assert.All(months, m => Assert.Equal(30, m.Count()));
        Assert.Equal(Enumerable.Range(0, 5), history.Select(h => h.Caseworker).Distinct().Order());
        Assert.All(history, h => Assert.True(h.RequestDate < h.IssuedOn));
    }

    [Fact]
    public void Grades_FitTheStory()
    {
        var history = AuthorityHistory.Generate(new AuthorityScale(12, 100), Today, caseworkers: 3, seed: 2026).ToList();

        Assert.Equal(history.Count / 4, history.Count(h => h.Returned is not null));
        Assert.All(history.Where(h => h.Returned is not null), h => Assert.False(h.Returned!.Overall.IsAtLeastGood));
        Assert.All(history, h => Assert.True(h.SignedOff.Overall.IsAtLeastGood));
        Assert.All(history, h => Assert.Equal(12, h.SignedOff.Sections.Count));
        Assert.All(history.Where(h => h.SignedOff.Overall == Grade.Outstanding), h => Assert.All(h.SignedOff.Sections.Values, g => Assert.True(g.IsAtLeastGood)));
    }

    private static string Describe(HistoricPlan h) =>
        $"{h.Number} {h.Caseworker} {h.DateOfBirth} {h.Need} {h.Setting} {h.Cohorts} {h.RequestDate} {h.IssuedOn} {h.Amended} {h.Returned?.Overall} {h.SignedOff.Overall} {string.Join(",", h.SignedOff.Sections.Values)}";
}

/// <summary>The demo's dashboards show a believable year: decisive grades in each of the last twelve months, with returns and re-grades.</summary>
public sealed class DemoHistoryTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task DemoData_HasAYearOfSignOffHistory()
    {
        var grades = await app.WithDatabaseAsync(db => db.AssuredGrades.AsNoTracking().Select(a => new { a.GivenOn, a.Regraded, a.Overall }).ToListAsync());
        var issued = await app.WithDatabaseAsync(db => db.Plans.CountAsync(p => p.IssuedOn != null));

        var months = grades.Select(g => new DateOnly(g.GivenOn.Year, g.GivenOn.Month, 1)).ToHashSet();
        for (var month = new DateOnly(2025, 11, 1); month <= new DateOnly(2026, 10, 1); month = month.AddMonths(1))
        {
            Assert.Contains(month, months);
        }

        Assert.Equal(AuthorityScale.Demo.Months * AuthorityScale.Demo.PlansPerMonth, issued);
        Assert.Contains(grades, g => g.Regraded);
        Assert.Contains(grades, g => g.Overall is { IsAtLeastGood: false });
    }
}
