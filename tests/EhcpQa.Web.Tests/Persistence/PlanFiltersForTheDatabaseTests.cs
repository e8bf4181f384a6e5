using System.Linq.Expressions;
using EhcpQa.Domain;
using EhcpQa.Domain.Plans;
using EhcpQa.Web.Persistence.Queries;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Persistence;

/// <summary>
/// A plan filter the domain states with the plan's reviews picks the same plans when the database reads the reviews as a
/// list of plan ids (<see cref="PlanFilters.ForDatabase"/>), and the query asks no correlated EXISTS of the reviews.
/// </summary>
public sealed class PlanFiltersForTheDatabaseTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    public static TheoryData<string> Filters => [.. Named.Keys];

    private static readonly Dictionary<string, Expression<Func<Plan, bool>>> Named = new()
    {
        ["being drafted"] = Plan.BeingDrafted,
        ["being amended"] = Plan.BeingAmended,
        ["awaiting a review decision"] = Plan.AwaitingReviewDecision,
        ["not sent"] = PlanProgresses.Is(PlanProgress.NotSent),
        ["with sign-off"] = PlanProgresses.Is(PlanProgress.WithSignOff),
        ["returned"] = PlanProgresses.Is(PlanProgress.Returned),
        ["issued"] = PlanProgresses.Is(PlanProgress.Issued),
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task TheSamePlans_AreChosen(string filter)
    {
        await AmendOneReviewedPlanAsync();

        var (asStated, forDatabase) = await app.WithDatabaseAsync(async db => (
            await db.Plans.Where(Named[filter]).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(),
            await db.Plans.Where(PlanFilters.ForDatabase(db, Named[filter])).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync()));

        Assert.Equal(asStated, forDatabase);
    }

    [Fact]
    public async Task LiveWork_IsRead_WithTheReviewsAsAListOfPlans_NotOnePlanAtATime()
    {
        await AmendOneReviewedPlanAsync();

        var (sql, live) = await app.WithDatabaseAsync(async db =>
        {
            var query = db.Plans.Where(PlanFilters.ForDatabase(db, Plan.BeingDrafted));
            return (query.ToQueryString(), await query.Select(p => p.Stage).ToListAsync());
        });

        Assert.DoesNotContain("EXISTS", sql, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("IN (", sql, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(live, stage => stage != PlanStage.Draft);
        Assert.Contains(live, stage => stage == PlanStage.Draft);
    }

    /// <summary>One of the demo's plans waiting for its review's decision is decided "amend" (once), so it is live work again.</summary>
    private Task<bool> AmendOneReviewedPlanAsync() => app.WithDatabaseAsync(async db =>
    {
        if (await db.Plans.AnyAsync(Plan.BeingAmended))
        {
            return false;
        }

        var plan = await db.Plans.Include(p => p.Reviews).Where(Plan.AwaitingReviewDecision).OrderBy(p => p.Id).FirstAsync();
        var manager = await db.Users.Where(u => u.Email == DemoUsers.LocalityManager).Select(u => u.Id).SingleAsync();
        plan.DecideAnnualReview(ReviewDecision.Amend, ServiceCalendar.DateOf(app.Clock.GetUtcNow()), manager, app.Clock.GetUtcNow());
        await db.SaveChangesAsync();
        return true;
    });
}
