using EhcpQa.Domain.Families;

namespace EhcpQa.Domain.Tests.Families;

/// <summary>
/// A survey link is answered once, before the instant it expires, unless a newer link for the same person replaced it; each
/// reason it is closed is told apart so the family's page can say which.
/// </summary>
public class SurveyLinkClosing
{
    [Fact]
    public void ANewLink_IsOpen_UntilTheInstantItExpires()
    {
        var link = Surveys.Link(validDays: 28);

        Assert.Equal(Surveys.Now.AddDays(28), link.ExpiresAt);
        Assert.Equal(SurveyLinkState.Open, link.StateAt(link.ExpiresAt.AddTicks(-1)));
        Assert.Equal(SurveyLinkState.Expired, link.StateAt(link.ExpiresAt));
    }

    [Fact]
    public void AtTheInstantItExpires_AnswersAreRefusedAsExpired_AndNothingIsKept()
    {
        var link = Surveys.Link();

        var refused = Assert.Throws<SurveyClosedException>(() => link.Answer(Surveys.Form, Surveys.Answers(clear: "4"), link.ExpiresAt));

        Assert.Equal(SurveyLinkState.Expired, refused.State);
        Assert.Empty(link.Answers);
        Assert.Null(link.AnsweredAt);
    }

    [Fact]
    public void AnsweredOnce_ASecondAnswerIsRefusedAsUsed_AndTheFirstStands()
    {
        var link = Surveys.Link();
        link.Answer(Surveys.Form, Surveys.Answers(clear: "4"), Surveys.Now.AddDays(1));

        var refused = Assert.Throws<SurveyClosedException>(() => link.Answer(Surveys.Form, Surveys.Answers(clear: "1"), Surveys.Now.AddDays(2)));

        Assert.Equal(SurveyLinkState.Used, refused.State);
        Assert.Equal("4", Assert.Single(link.Answers).Value);
        Assert.Equal(Surveys.Now.AddDays(1), link.AnsweredAt);
    }

    [Fact]
    public void ANewLinkForTheSamePerson_RevokesTheOpenOne_ButNotAnotherPersonsOrAnAnsweredOne()
    {
        var plan = Surveys.IssuedPlan(bornOn: new DateOnly(2010, 1, 1));
        var parents = Surveys.Link(plan, token: "one");
        var answered = Surveys.Link(plan, token: "two");
        answered.Answer(Surveys.Form, Surveys.Answers(difference: "5"), Surveys.Now);
        var youngPersons = Surveys.Link(plan, SurveyRespondent.YoungPerson, token: "three");

        Surveys.Link(plan, earlier: [parents, answered, youngPersons], token: "four");

        Assert.Equal(SurveyLinkState.Revoked, parents.StateAt(Surveys.Now));
        Assert.Equal(SurveyLinkState.Used, answered.StateAt(Surveys.Now));
        Assert.Equal(SurveyLinkState.Open, youngPersons.StateAt(Surveys.Now));
        var refused = Assert.Throws<SurveyClosedException>(() => parents.Answer(Surveys.Form, Surveys.Answers(clear: "3"), Surveys.Now));
        Assert.Equal(SurveyLinkState.Revoked, refused.State);
    }
}
