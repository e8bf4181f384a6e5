using EhcpQa.Domain.Dashboards;
using EhcpQa.Domain.Quality;

namespace EhcpQa.Domain.Tests.Quality;

/// <summary>
/// Each caseworker's figures are counted from the records of the period, plan by plan: first grade and sign-off
/// grade, returns and re-grades, and what panels agreed beside the sign-off grade. Worked by hand below.
/// </summary>
public class CaseworkerQualityFigures
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly QualityPeriod Year = QualityPeriod.LastTwelveMonths(Today);

    // Ann's plans in the year (24 November 2025 to 23 November 2026):
    //   plan 1: v1 graded 3 RI (below the bar) on 2 Feb, returned 3 Feb; v2 re-graded 2 Good on 1 Mar, signed off 2 Mar;
    //           a multi-agency panel agreed 3 RI on 1 Jun: re-graded by moderation.
    //   plan 2: v1 graded 1 Outstanding on 5 Apr, signed off 6 Apr; a dip sample agreed 1 Outstanding on 1 Jul.
    //   plan 3: v1 graded 2 Good on 1 Nov 2025 (before the year), signed off on 25 Nov 2025 (in it).
    //   plan 4: v1 graded 4 Inadequate on 10 Oct, returned 11 Oct; not yet sent again.
    // Bo's plan 5: v1 graded 2 Good on 1 May, signed off 2 May. Cy is listed but has nothing in the year.
    private static readonly SignOffGradeRecord[] Grades =
    [
        new(1, "ann", 1, new(2026, 2, 2), "3 Requires improvement", false, false),
        new(1, "ann", 2, new(2026, 3, 1), "2 Good", true, true),
        new(2, "ann", 1, new(2026, 4, 5), "1 Outstanding", true, false),
        new(3, "ann", 1, new(2025, 11, 1), "2 Good", true, false),
        new(4, "ann", 1, new(2026, 10, 10), "4 Inadequate", false, false),
        new(5, "bo", 1, new(2026, 5, 1), "2 Good", true, false),
    ];

    private static readonly SignOffDecisionRecord[] Decisions =
    [
        new(1, "ann", 1, new(2026, 2, 3), false, "3 Requires improvement", false),
        new(1, "ann", 2, new(2026, 3, 2), true, "2 Good", true),
        new(2, "ann", 1, new(2026, 4, 6), true, "1 Outstanding", true),
        new(3, "ann", 1, new(2025, 11, 25), true, "2 Good", true),
        new(4, "ann", 1, new(2026, 10, 11), false, "4 Inadequate", false),
        new(5, "bo", 1, new(2026, 5, 2), true, "2 Good", true),
    ];

    private static readonly PanelAgreementRecord[] Agreements =
    [
        new(1, "ann", AssuranceLevel.MultiAgencyPanel, new(2026, 6, 1), "3 Requires improvement", "2 Good", true),
        new(2, "ann", AssuranceLevel.LeadershipDipSample, new(2026, 7, 1), "1 Outstanding", "1 Outstanding", false),
    ];

    private static IReadOnlyList<CaseworkerFigures> Counted() =>
        CaseworkerQuality.Count(Year, ["cy", "ann", "bo"], Grades, Decisions, Agreements);

    [Fact]
    public void EachListedCaseworker_HasARow_InTheOrderGiven_EvenWithNothingInThePeriod()
    {
        var figures = Counted();

        Assert.Equal(["cy", "ann", "bo"], figures.Select(f => f.CaseworkerId));
        Assert.Empty(figures[0].Plans);
        Assert.Equal(0, figures[0].GradedPlans);
    }

    [Fact]
    public void APlansFirstGradeAndSignOffGrade_AreItsFirstAndLastInThePeriod()
    {
        var plan1 = Counted()[1].Plans.Single(p => p.PlanId == 1);

        Assert.Equal("3 Requires improvement", plan1.FirstGrade);
        Assert.Equal("2 Good", plan1.SignedOffGrade);
        Assert.Equal(2, plan1.Grades);
        Assert.Equal(1, plan1.Regrades);
        Assert.Equal(1, plan1.Returns);
        Assert.Equal("3 Requires improvement", Assert.Single(plan1.Moderation).Agreed);
    }

    [Fact]
    public void APlanSignedOffInThePeriod_ButGradedBefore_CountsItsSignOff_ButIsNotAGradedPlan()
    {
        var plan3 = Counted()[1].Plans.Single(p => p.PlanId == 3);

        Assert.False(plan3.IsGraded);
        Assert.Equal("2 Good", plan3.SignedOffGrade);
    }

    [Fact]
    public void ACaseworkersFigures_AddUpTheirPlans()
    {
        var ann = Counted()[1];

        Assert.Equal([1, 2, 3, 4], ann.Plans.Select(p => p.PlanId));
        Assert.Equal(3, ann.GradedPlans);          // plans 1, 2, 4 (plan 3 was graded before the year)
        Assert.Equal(1, ann.FirstAtLeastGood);     // plan 2 only: plan 1 first graded RI, plan 4 Inadequate
        Assert.Equal(2, ann.Returns);              // plan 1 v1, plan 4 v1
        Assert.Equal(2, ann.GradedPlansReturned);
        Assert.Equal(1, ann.Regrades);             // plan 1 v2
        Assert.Equal(3, ann.SignedOff);            // plans 1, 2, 3
        Assert.Equal(3, ann.SignedOffAtLeastGood);
        Assert.Equal(2, ann.Moderated);
        Assert.Equal(1, ann.ModerationConfirmed);  // plan 2
        Assert.Equal(1, ann.ModerationRegraded);   // plan 1
    }

    [Fact]
    public void FewerThanFiveGradedPlans_AreTooFewToRead_SoNoShareIsGiven()
    {
        var ann = Counted()[1];

        Assert.True(ann.TooFewToRead);
        Assert.Null(ann.FirstAtLeastGoodShare);
        Assert.Null(ann.ReturnedShare);
        Assert.Null(ann.SignedOffAtLeastGoodShare);
    }

    [Fact]
    public void FiveGradedPlans_AreEnoughToRead_AndSharesAreWholePercentages()
    {
        var grades = Enumerable.Range(1, 6)
            .Select(i => new SignOffGradeRecord(i, "dee", 1, new(2026, 6, i), i <= 4 ? "2 Good" : "3 Requires improvement", i <= 4, false))
            .ToList();
        var decisions = new[] { new SignOffDecisionRecord(5, "dee", 1, new(2026, 6, 20), false, "3 Requires improvement", false) };

        var dee = Assert.Single(CaseworkerQuality.Count(Year, ["dee"], grades, decisions, []));

        Assert.False(dee.TooFewToRead);
        Assert.Equal(67, dee.FirstAtLeastGoodShare!.Whole); // 4 of 6 = 66.7%
        Assert.Equal("17%", dee.ReturnedShare!.ToString()); // 1 of 6 = 16.7%
        Assert.Null(dee.SignedOffAtLeastGoodShare);          // none signed off: nothing to divide
    }

    [Fact]
    public void RecordsOfACaseworkerNotListed_GiveThemARowAfterTheListed()
    {
        var figures = CaseworkerQuality.Count(Year, ["bo"], Grades, Decisions, Agreements);

        Assert.Equal(["bo", "ann"], figures.Select(f => f.CaseworkerId));
    }

    [Fact]
    public void RecordsOutsideThePeriod_AreLeftOut()
    {
        var march = QualityPeriod.Of(new(2026, 3, 1), new(2026, 3, 31), Today);

        var ann = CaseworkerQuality.Count(march, ["ann"], Grades, Decisions, Agreements).Single();

        var plan1 = Assert.Single(ann.Plans);
        Assert.Equal("2 Good", plan1.FirstGrade);
        Assert.Equal(0, plan1.Returns);
        Assert.Empty(plan1.Moderation);
    }
}
