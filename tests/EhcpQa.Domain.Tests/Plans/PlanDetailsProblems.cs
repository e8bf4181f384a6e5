using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Plans;

public class PlanDetailsProblems
{
    [Fact]
    public void SoundDetails_HaveNoProblems()
    {
        Assert.Empty(PlanData.Details().Problems(PlanData.Today));
    }

    [Theory]
    [InlineData(nameof(PlanDetails.Reference))]
    [InlineData(nameof(PlanDetails.ChildIdentifier))]
    [InlineData(nameof(PlanDetails.DateOfBirth))]
    [InlineData(nameof(PlanDetails.RequestDate))]
    [InlineData(nameof(PlanDetails.PrimaryNeed))]
    [InlineData(nameof(PlanDetails.Setting))]
    [InlineData(nameof(PlanDetails.LocalityId))]
    [InlineData(nameof(PlanDetails.CaseworkerId))]
    [InlineData(nameof(PlanDetails.SecondaryNeed))]
    [InlineData(nameof(PlanDetails.SettingName))]
    public void OneBadDetail_IsTheOnlyProblemNamed(string detail)
    {
        var problems = Break(PlanData.Details(), detail).Problems(PlanData.Today).ToList();

        var problem = Assert.Single(problems);
        Assert.Equal(detail, problem.Field);
        Assert.False(string.IsNullOrWhiteSpace(problem.Message));
    }

    [Fact]
    public void EveryDetailBad_NamesEachOnce()
    {
        string[] details =
        [
            nameof(PlanDetails.Reference), nameof(PlanDetails.ChildIdentifier), nameof(PlanDetails.DateOfBirth),
            nameof(PlanDetails.RequestDate), nameof(PlanDetails.PrimaryNeed), nameof(PlanDetails.Setting),
            nameof(PlanDetails.LocalityId), nameof(PlanDetails.CaseworkerId), nameof(PlanDetails.SecondaryNeed),
            nameof(PlanDetails.SettingName),
        ];
        var bad = details.Aggregate(PlanData.Details(), Break);

        var problems = bad.Problems(PlanData.Today).Select(p => p.Field).ToList();

        Assert.Equal(details.Order(), problems.Order());
    }

    [Fact]
    public void ASecondaryNeedTheSameAsThePrimary_IsAProblem_ButADifferentOneIsNot()
    {
        var details = PlanData.Details();

        Assert.Equal(
            [new Problem(nameof(PlanDetails.SecondaryNeed), "The secondary need must be different from the primary need")],
            (details with { SecondaryNeed = details.PrimaryNeed }).Problems(PlanData.Today));
        Assert.Empty((details with { SecondaryNeed = NeedType.HearingImpairment, SettingName = "Oak School" }).Problems(PlanData.Today));
    }

    [Fact]
    public void BornInTheFuture_NamesDateOfBirth()
    {
        var details = PlanData.Details() with { DateOfBirth = PlanData.Today.AddDays(1) };

        Assert.Contains(details.Problems(PlanData.Today), p => p.Field == nameof(PlanDetails.DateOfBirth));
    }

    [Fact]
    public void Problems_DependOnTheDayGiven()
    {
        var details = PlanData.Details() with { RequestDate = new DateOnly(2026, 3, 3) };

        Assert.Contains(details.Problems(new DateOnly(2026, 3, 2)), p => p.Field == nameof(PlanDetails.RequestDate));
        Assert.Empty(details.Problems(new DateOnly(2026, 3, 3)));
    }

    [Theory]
    [InlineData("2026-02-28", false)]
    [InlineData("2026-03-01", true)]
    public void BornOnLeapDay_Is26From1March(string today, bool tooOld)
    {
        var details = PlanData.Details() with { DateOfBirth = new DateOnly(2000, 2, 29), RequestDate = new DateOnly(2026, 1, 5) };

        var problems = details.Problems(Dates.Parse(today)).Select(p => p.Field);

        Assert.Equal(tooOld, problems.Contains(nameof(PlanDetails.DateOfBirth)));
    }

    private static PlanDetails Break(PlanDetails details, string detail) => detail switch
    {
        nameof(PlanDetails.Reference) => details with { Reference = "EHC 001" },
        nameof(PlanDetails.ChildIdentifier) => details with { ChildIdentifier = "J5" },
        nameof(PlanDetails.DateOfBirth) => details with { DateOfBirth = new DateOnly(1990, 1, 1), RequestDate = new DateOnly(2026, 1, 5) },
        nameof(PlanDetails.RequestDate) => details with { RequestDate = new DateOnly(2026, 3, 3) },
        nameof(PlanDetails.PrimaryNeed) => details with { PrimaryNeed = (NeedType)0 },
        nameof(PlanDetails.Setting) => details with { Setting = (SettingType)0 },
        nameof(PlanDetails.LocalityId) => details with { LocalityId = 0 },
        nameof(PlanDetails.CaseworkerId) => details with { CaseworkerId = "" },
        nameof(PlanDetails.SecondaryNeed) => details with { SecondaryNeed = (NeedType)99 },
        nameof(PlanDetails.SettingName) => details with { SettingName = new string('x', Plan.SettingNameMaxLength + 1) },
        _ => throw new ArgumentOutOfRangeException(nameof(detail), detail, "No way to break that detail."),
    };
}
