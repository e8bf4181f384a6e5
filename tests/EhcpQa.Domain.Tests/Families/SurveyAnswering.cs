using EhcpQa.Domain.Families;

namespace EhcpQa.Domain.Tests.Families;

/// <summary>
/// A family's answers are each optional, but a survey with every answer blank is refused; a rating must be one of its
/// scale's options, free text is kept trimmed and no longer than 2,000 characters; the ratings score on the form.
/// </summary>
public class SurveyAnswering
{
    [Fact]
    public void Answers_AreKeptByPartAndItem_BlanksLeftOut_TextTrimmed()
    {
        var link = Surveys.Link();

        link.Answer(Surveys.Form, Surveys.Answers(clear: "4", comment: "  Thank you.  ", difference: " "), Surveys.Now);

        Assert.Equal([new SurveyAnswer("plan", "clear", "4"), new SurveyAnswer("plan", "comment", "Thank you.")], link.Answers);
        Assert.True(link.IsAnswered);
    }

    [Fact]
    public void EveryAnswerBlank_IsRefusedWithAMessage_AndTheLinkStaysOpen()
    {
        var link = Surveys.Link();

        var refused = Assert.Throws<DomainRuleException>(() => link.Answer(Surveys.Form, Surveys.Answers(comment: "   "), Surveys.Now));

        Assert.Equal(Problem.General("Answer at least one question before you send your views"), Assert.Single(refused.Problems));
        Assert.Equal(SurveyLinkState.Open, link.StateAt(Surveys.Now));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("6")]
    [InlineData("Very much")]
    public void ARatingNotOnItsScale_IsRefusedBesideItsItem(string rating)
    {
        var problems = SurveyInvitation.AnswerProblems(Surveys.Form, Surveys.Answers(clear: rating)).ToList();

        Assert.Equal("plan.clear", Assert.Single(problems).Field);
    }

    [Fact]
    public void FreeText_UpToItsLimit_IsKept_AndBeyondItRefused()
    {
        Assert.Empty(SurveyInvitation.AnswerProblems(Surveys.Form, Surveys.Answers(comment: new string('a', SurveyInvitation.FreeTextMaxLength))));

        var problem = Assert.Single(SurveyInvitation.AnswerProblems(Surveys.Form, Surveys.Answers(comment: new string('a', SurveyInvitation.FreeTextMaxLength + 1))));

        Assert.Equal(("plan.comment", "Your answer must be 2,000 characters or fewer"), (problem.Field, problem.Message));
    }

    [Fact]
    public void TheRatings_ScoreOnTheForm_TextCountingInNoTotal()
    {
        var link = Surveys.Link();
        link.Answer(Surveys.Form, Surveys.Answers(clear: "4", comment: "Fine", difference: "3"), Surveys.Now);

        var score = Surveys.Form.Score(link.AnswersByPart());

        Assert.Equal((7m, 10m), (score.Total.Awarded, score.Total.Available));
    }
}
