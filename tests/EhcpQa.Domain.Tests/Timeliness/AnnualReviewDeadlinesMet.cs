using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Timeliness;

/// <summary>
/// A review's decision is on time up to 28 days after the meeting, an amended plan up to 56 days after the decision;
/// the review's own answers and the rules the figures count by are the same.
/// </summary>
public class AnnualReviewDeadlinesMet
{
    [Theory]
    [InlineData("2027-05-12", "2027-06-09", true)]
    [InlineData("2027-05-12", "2027-06-10", false)]
    [InlineData("2028-02-10", "2028-03-09", true)] // 29 February 2028 falls between
    [InlineData("2028-02-10", "2028-03-10", false)]
    public void ADecision_IsOnTime_UpToTheTwentyEighthDay(string meeting, string decided, bool onTime)
    {
        Assert.Equal(onTime, AnnualReview.IsDecisionOnTime(Dates.Parse(meeting), Dates.Parse(decided)));
    }

    [Fact]
    public void AnAmendedPlan_IsOnTime_UpToTheFiftySixthDay()
    {
        var decided = new DateOnly(2027, 6, 1);

        Assert.True(AnnualReview.IsAmendmentOnTime(decided, new DateOnly(2027, 7, 27)));
        Assert.False(AnnualReview.IsAmendmentOnTime(decided, new DateOnly(2027, 7, 28)));
    }

    [Fact]
    public void TheReview_AnswersAsTheRuleDoes()
    {
        var plan = ReviewSteps.BeingAmended();
        var review = plan.LatestReview!;

        Assert.Equal(AnnualReview.IsDecisionOnTime(review.MeetingOn, review.DecidedOn!.Value), review.DecisionOnTime(review.DecidedOn.Value));
        Assert.Equal(AnnualReview.AmendmentDueFrom(ReviewSteps.DecidedOn), review.AmendmentDueBy);
        Assert.True(review.AmendmentOnTime(AnnualReview.AmendmentDueFrom(ReviewSteps.DecidedOn)));
        Assert.False(review.AmendmentOnTime(AnnualReview.AmendmentDueFrom(ReviewSteps.DecidedOn).AddDays(1)));
    }
}
