using EhcpQa.Domain.Families;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Families;

/// <summary>
/// A survey is sent only about a plan with an issued version in the service, and to a young person of their own only from
/// their 11th birthday (taken from the plan's date of birth on the day the link is made).
/// </summary>
public class SurveyWhoAndWhen
{
    [Fact]
    public void ALink_IsAboutThePlansIssuedVersion_WithWhoMadeItAndWhen()
    {
        var plan = Surveys.IssuedPlan();

        var link = Surveys.Link(plan);

        Assert.Equal((plan.Id, plan.FinalVersion!.Id, 7), (link.PlanId, link.PlanVersionId, link.FrameworkVersionId));
        Assert.Equal(("caseworker-1", Surveys.Now, SurveyOccasion.PlanIssued), (link.CreatedById, link.CreatedAt, link.Occasion));
    }

    [Fact]
    public void APlanWithNoIssuedVersion_IsRefused()
    {
        var draft = PlanData.Register(stage: PlanStage.Draft);

        var refused = Assert.Throws<DomainRuleException>(() => Surveys.Link(draft));

        Assert.Contains("has no issued version", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2015-03-02", true)]
    [InlineData("2015-03-03", false)]
    [InlineData("2010-01-01", true)]
    [InlineData("2017-01-01", false)]
    public void AYoungPerson_IsSentTheirOwnSurvey_FromTheir11thBirthday(string bornOn, bool allowed)
    {
        var plan = Surveys.IssuedPlan(DateOnly.Parse(bornOn, System.Globalization.CultureInfo.InvariantCulture));

        var problems = SurveyInvitation.Problems(plan, SurveyOccasion.PlanIssued, SurveyRespondent.YoungPerson, PlanData.Today).ToList();

        Assert.Equal(allowed, problems.Count == 0);
        if (!allowed)
        {
            Assert.Equal(nameof(SurveyInvitation.Respondent), Assert.Single(problems).Field);
        }
    }

    [Fact]
    public void AParentOrCarer_IsSentASurveyWhateverTheChildsAge() =>
        Assert.Empty(SurveyInvitation.Problems(Surveys.IssuedPlan(PlanData.Today.AddYears(-2)), SurveyOccasion.AnnualReview, SurveyRespondent.ParentOrCarer, PlanData.Today));

    [Fact]
    public void NoRespondentOrOccasion_IsRefusedBesideEach()
    {
        var problems = SurveyInvitation.Problems(Surveys.IssuedPlan(), null, null, PlanData.Today).Select(p => p.Field).ToList();

        Assert.Equal([nameof(SurveyInvitation.Occasion), nameof(SurveyInvitation.Respondent)], problems);
    }
}
