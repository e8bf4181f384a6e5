using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Moderation;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Sampling;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Moderation;

internal static class Reaudits
{
    public static readonly SampleTheme Secondary = new(Phase: Phase.KeyStage3);

    public static readonly DateOnly DueBy = new(2027, 3, 31);

    public static ImprovementAction Planned(SampleTheme? theme = null)
    {
        var action = ImprovementActions.Raise();
        action.PlanReaudit(theme ?? Secondary, DueBy, "qa-lead", ImprovementActions.Later, "Outcomes in section E are specific");
        return action;
    }

    public static DipSample Sample(SampleTheme theme, DateTimeOffset drawnAt, int id = 40, string title = "Re-audit sample") =>
        Ids.Assign(DipSample.Draw(title, new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 31), theme,
            Populations.Varied(12), new SampleRules(SampleSize.Of(6), PerCaseworker: 0, ProportionalSpread: false), 3, "qa-lead", drawnAt), id);
}

public sealed class ReauditNamedOnAnAction
{
    [Fact]
    public void PlanReaudit_NamesTheThemeDueDateAndFocus_AndRecordsWhoAndWhen()
    {
        var action = Reaudits.Planned();

        Assert.True(action.HasReaudit);
        Assert.Equal(Reaudits.Secondary, action.ReauditTheme);
        Assert.Equal(Reaudits.DueBy, action.ReauditDueBy);
        Assert.Equal("Outcomes in section E are specific", action.ReauditFocus);
        Assert.Null(action.ReauditSampleId);
        Assert.Equal(new ActionChange(ActionChangeKind.ReauditPlanned, ActionStatus.Open, "qa-lead", ImprovementActions.Later, null), action.History[^1]);
        Assert.Equal(ImprovementActions.Later, action.UpdatedAt);
    }

    [Fact]
    public void PlanReaudit_DueBeforeTheActionWasRaised_IsRefused()
    {
        var action = ImprovementActions.Raise();

        var refusal = Assert.Throws<DomainRuleException>(() =>
            action.PlanReaudit(Reaudits.Secondary, new DateOnly(2026, 11, 22), "qa-lead", ImprovementActions.Later));

        Assert.Contains("on or after the day the action was raised, 23 November 2026", refusal.Message, StringComparison.Ordinal);
        Assert.False(action.HasReaudit);
        Assert.Single(action.History);
    }

    [Fact]
    public void PlanReaudit_WithAFocusTooLong_IsRefused()
    {
        var action = ImprovementActions.Raise();

        Assert.Throws<DomainRuleException>(() =>
            action.PlanReaudit(Reaudits.Secondary, Reaudits.DueBy, "qa-lead", ImprovementActions.Later, new string('x', ImprovementAction.ReauditFocusMaxLength + 1)));
        Assert.False(action.HasReaudit);
    }

    [Fact]
    public void PlanReaudit_Again_RecordsAChange_UnlessNothingChanged()
    {
        var action = Reaudits.Planned();

        action.PlanReaudit(Reaudits.Secondary, Reaudits.DueBy, "qa-lead", ImprovementActions.Later, " Outcomes in section E are specific ");
        Assert.Equal(2, action.History.Count);

        action.PlanReaudit(Reaudits.Secondary, new DateOnly(2027, 4, 30), "other-lead", ImprovementActions.Later.AddDays(1), "Outcomes in section E are specific");
        Assert.Equal((ActionChangeKind.ReauditChanged, "other-lead"), (action.History[^1].Kind, action.History[^1].ById));
        Assert.Equal(new DateOnly(2027, 4, 30), action.ReauditDueBy);
    }

    [Fact]
    public void ChangingTheTheme_LetsGoOfTheSampleChosen()
    {
        var action = Reaudits.Planned();
        action.LinkReauditSample(Reaudits.Sample(Reaudits.Secondary, ImprovementActions.Later), "qa-lead", ImprovementActions.Later);

        action.PlanReaudit(new SampleTheme(Need: BroadAreaOfNeed.SocialEmotionalAndMentalHealth), Reaudits.DueBy, "qa-lead", ImprovementActions.Later);

        Assert.Null(action.ReauditSampleId);
        Assert.Equal("The theme changed, so the sample chosen was let go", action.History[^1].Note);
    }

    [Fact]
    public void ClearReaudit_RemovesItAndItsSample_AndRecordsIt()
    {
        var action = Reaudits.Planned();
        action.LinkReauditSample(Reaudits.Sample(Reaudits.Secondary, ImprovementActions.Later), "qa-lead", ImprovementActions.Later);

        action.ClearReaudit("qa-lead", ImprovementActions.Later);

        Assert.False(action.HasReaudit);
        Assert.Null(action.ReauditSampleId);
        Assert.Equal(new SampleTheme(), action.ReauditTheme);
        Assert.Equal(ActionChangeKind.ReauditCleared, action.History[^1].Kind);
        Assert.Throws<DomainRuleException>(() => action.ClearReaudit("qa-lead", ImprovementActions.Later));
    }

    [Fact]
    public void AReaudit_IsOverdue_WhenNoSampleIsChosenByItsDate()
    {
        var action = Reaudits.Planned();

        Assert.False(action.IsReauditOverdueOn(Reaudits.DueBy));
        Assert.True(action.IsReauditOverdueOn(Reaudits.DueBy.AddDays(1)));

        action.LinkReauditSample(Reaudits.Sample(Reaudits.Secondary, ImprovementActions.Later), "qa-lead", ImprovementActions.Later);
        Assert.False(action.IsReauditOverdueOn(Reaudits.DueBy.AddDays(1)));
    }
}

public sealed class ReauditSampleLinked
{
    [Fact]
    public void ASampleOfTheTheme_DrawnAfterTheActionWasRaised_IsLinked_WithItsTitleInTheHistory()
    {
        var action = Reaudits.Planned();

        action.LinkReauditSample(Reaudits.Sample(Reaudits.Secondary, ImprovementActions.Later, id: 41, title: "Secondary re-audit"), "qa-lead", ImprovementActions.Later);

        Assert.Equal(41, action.ReauditSampleId);
        Assert.Equal(new ActionChange(ActionChangeKind.ReauditSampleLinked, ActionStatus.Open, "qa-lead", ImprovementActions.Later, "Secondary re-audit"), action.History[^1]);
    }

    [Fact]
    public void ASampleThatNarrowsFurther_IsOfTheTheme()
    {
        var action = Reaudits.Planned();

        action.LinkReauditSample(Reaudits.Sample(Reaudits.Secondary with { Need = BroadAreaOfNeed.CognitionAndLearning, Kind = PlanKind.New }, ImprovementActions.Later), "qa-lead", ImprovementActions.Later);

        Assert.Equal(40, action.ReauditSampleId);
    }

    [Fact]
    public void ASampleDrawnBeforeTheActionWasRaised_IsRefused()
    {
        var action = Reaudits.Planned();

        var refusal = Assert.Throws<DomainRuleException>(() =>
            action.LinkReauditSample(Reaudits.Sample(Reaudits.Secondary, PanelSessions.At.AddMinutes(-1)), "qa-lead", ImprovementActions.Later));

        Assert.Contains("drawn after the action was raised on 23 November 2026", refusal.Message, StringComparison.Ordinal);
        Assert.Null(action.ReauditSampleId);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData(Phase.KeyStage2, null)]
    [InlineData(null, BroadAreaOfNeed.CognitionAndLearning)]
    public void ASampleNotWhollyOfTheTheme_IsRefused(Phase? phase, BroadAreaOfNeed? need)
    {
        var action = Reaudits.Planned();

        var refusal = Assert.Throws<DomainRuleException>(() =>
            action.LinkReauditSample(Reaudits.Sample(new SampleTheme(Phase: phase, Need: need), ImprovementActions.Later), "qa-lead", ImprovementActions.Later));

        Assert.Contains("every plan in it must be of the theme", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(2, action.History.Count);
    }

    [Fact]
    public void ACohortTheme_IsMetOnlyByASampleOfThatCohort()
    {
        var action = Reaudits.Planned(new SampleTheme(Cohort: VulnerableCohorts.ChildInCare));

        Assert.True(action.MayBeReauditedBy(ImprovementActions.Later, new SampleTheme(Cohort: VulnerableCohorts.ChildInCare, Setting: SettingType.Special)));
        Assert.False(action.MayBeReauditedBy(ImprovementActions.Later, new SampleTheme(Cohort: VulnerableCohorts.YouthJustice)));
        Assert.False(action.MayBeReauditedBy(ImprovementActions.Later, new SampleTheme()));
    }

    [Fact]
    public void AThemeOfEveryPlan_IsMetByAnySampleDrawnLater()
    {
        var action = Reaudits.Planned(new SampleTheme());

        Assert.True(action.MayBeReauditedBy(ImprovementActions.Later, new SampleTheme()));
        Assert.True(action.MayBeReauditedBy(ImprovementActions.Later, Reaudits.Secondary));
    }

    [Fact]
    public void WithoutAReauditNamed_NoSampleIsLinked()
    {
        var action = ImprovementActions.Raise();

        var refusal = Assert.Throws<DomainRuleException>(() =>
            action.LinkReauditSample(Reaudits.Sample(new SampleTheme(), ImprovementActions.Later), "qa-lead", ImprovementActions.Later));

        Assert.Contains("Name the re-audit's theme", refusal.Message, StringComparison.Ordinal);
    }
}

public sealed class ReauditResultFigures
{
    private static readonly DateTimeOffset At = new(2027, 2, 10, 12, 0, 0, TimeSpan.Zero);

    private static AgreedGradeRecord Agreed(int planId, Grade grade, int day = 0) => new(planId, grade, null, null, At.AddDays(day));

    [Fact]
    public void SixPlansReaudited_AgainstFiveInTheSession_GivesCountsSharesAndTheChange()
    {
        // Re-audit: 1 Outstanding, 3 Good, 1 Requires improvement, 1 Inadequate: 4 of 6 at least Good = 66.67%, shown 67%.
        var reaudit = new[]
        {
            Agreed(1, Grade.Outstanding), Agreed(2, Grade.Good), Agreed(3, Grade.Good), Agreed(4, Grade.Good),
            Agreed(5, Grade.RequiresImprovement), Agreed(6, Grade.Inadequate),
        };

        // The session: 2 Good, 3 Requires improvement: 2 of 5 = 40%.
        var original = new[]
        {
            Agreed(11, Grade.Good), Agreed(12, Grade.Good), Agreed(13, Grade.RequiresImprovement),
            Agreed(14, Grade.RequiresImprovement), Agreed(15, Grade.RequiresImprovement),
        };

        var result = ReauditResult.Of(8, reaudit, original);

        Assert.Equal(6, result.Reaudit.Plans);
        Assert.Equal(2, result.AwaitingAgreement);
        Assert.Equal(
            [new("1 Outstanding", 1), new("2 Good", 3), new("3 Requires improvement", 1), new("4 Inadequate", 1)],
            result.Reaudit.Grades);
        Assert.Equal(4, result.Reaudit.ReachingBar);
        Assert.Equal("67%", result.Reaudit.ReachingBarShare!.ToString());
        Assert.Equal("40%", result.Original.ReachingBarShare!.ToString());
        Assert.Equal(27, result.ChangeInPoints);
    }

    [Fact]
    public void FewerThanFivePlans_AreCountedButTooFewToRead()
    {
        var result = ReauditResult.Of(4, [Agreed(1, Grade.Good), Agreed(2, Grade.Good), Agreed(3, Grade.Inadequate), Agreed(4, Grade.Outstanding)],
            [Agreed(11, Grade.Good), Agreed(12, Grade.Good), Agreed(13, Grade.Good), Agreed(14, Grade.Good), Agreed(15, Grade.Inadequate)]);

        Assert.True(result.Reaudit.TooFewToRead);
        Assert.Equal(3, result.Reaudit.ReachingBar);
        Assert.Null(result.Reaudit.ReachingBarShare);
        Assert.Equal("80%", result.Original.ReachingBarShare!.ToString());
        Assert.Null(result.ChangeInPoints);
        Assert.Equal(0, result.AwaitingAgreement);
    }

    [Fact]
    public void APlanAgreedTwice_CountsOnce_AtItsLatestGrade()
    {
        var figures = AgreedFigures.Of([Agreed(1, Grade.Inadequate, day: 0), Agreed(1, Grade.Good, day: 3), Agreed(2, Grade.RequiresImprovement)]);

        Assert.Equal(2, figures.Plans);
        Assert.Equal([new("2 Good", 1), new("3 Requires improvement", 1)], figures.Grades);
        Assert.Equal(1, figures.ReachingBar);
    }

    [Fact]
    public void GradesOnAForm_AreCountedByTheFormsGrade_AndReachTheBarByTheForm()
    {
        var figures = AgreedFigures.Of(
        [
            new AgreedGradeRecord(1, null, "Met", true, At),
            new AgreedGradeRecord(2, null, "Met", true, At),
            new AgreedGradeRecord(3, null, "Not met", false, At),
            new AgreedGradeRecord(4, null, null, null, At),
            Agreed(5, Grade.Good),
        ]);

        Assert.Equal([new("2 Good", 1), new("Met", 2), new("No overall grade", 1), new("Not met", 1)], figures.Grades);

        // A form with no bar sets none to miss: plans 1, 2, 4 and 5 reach it.
        Assert.Equal(4, figures.ReachingBar);
        Assert.Equal("80%", figures.ReachingBarShare!.ToString());
    }

    [Fact]
    public void NothingAgreedYet_IsZeroPlans_AllAwaiting()
    {
        var result = ReauditResult.Of(6, [], []);

        Assert.Equal((0, 6, 0), (result.Reaudit.Plans, result.AwaitingAgreement, result.Reaudit.Grades.Count));
        Assert.Null(result.ChangeInPoints);
    }
}
