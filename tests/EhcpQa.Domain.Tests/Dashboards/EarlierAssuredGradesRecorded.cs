using EhcpQa.Domain.Dashboards;
using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Moderation;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Tests.Moderation;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Dashboards;

/// <summary>
/// Decisions taken before the plan kept its assured grades are recorded from its gradings, the same as
/// if they had been recorded at the time, and only once.
/// </summary>
public class EarlierAssuredGradesRecorded
{
    private static readonly IReadOnlyDictionary<int, PanelLevel> Sessions = new Dictionary<int, PanelLevel> { [0] = PanelLevel.MultiAgencyPanel };

    [Fact]
    public void FromTheGradings_MatchTheGradesRecordedAtTheTime()
    {
        var framework = TestData.Gradings.Framework();
        var plan = SignOffSteps.SubmittedPlan();
        Saved(plan.Versions[0], 1);
        var gradings = new List<Grading>
        {
            plan.GradeCurrentDraft(People.Manager, framework, Grade.RequiresImprovement),
            plan.GradeCurrentDraft(People.SecondManager, framework, Grade.RequiresImprovement),
            plan.GradeCurrentDraft(People.Manager, framework, Grade.RequiresImprovement),
        };
        plan.Return(People.Manager, "Section F", PlanData.Now);
        Saved(plan.Resubmit(), 2);
        gradings.Add(plan.GradeCurrentDraft(People.Manager, framework, Grade.Good));
        var atTheTime = plan.AssuredGrades.Select(Describe).ToList();
        var earlier = Forget(plan);

        var recorded = earlier.RecordEarlierAssuredGrades(gradings, Sessions);

        Assert.Equal(2, recorded);
        Assert.Equal(atTheTime, earlier.AssuredGrades.Select(Describe));
    }

    [Fact]
    public void PanelAgreement_IsRecordedAtTheSessionsLevel()
    {
        var scene = new ModerationScene();
        scene.Moderate(ModerationScene.ModeratorA, Grade.RequiresImprovement);
        var agreement = scene.Agree(Grade.RequiresImprovement);
        scene.Plan.RecordPanelAgreement(agreement, scene.Session);
        var atTheTime = Describe(scene.Plan.AssuredGrades[^1]);
        var earlier = Forget(scene.Plan);

        earlier.RecordEarlierAssuredGrades([.. scene.Gradings], Sessions);

        Assert.Equal(atTheTime, Describe(earlier.AssuredGrades.Single(a => a.Level == AssuranceLevel.MultiAgencyPanel)));
        Assert.DoesNotContain(earlier.AssuredGrades, a => a.Level == AssuranceLevel.SignOff);
    }

    [Fact]
    public void WhenAlreadyRecorded_AddsNothing()
    {
        var framework = TestData.Gradings.Framework();
        var plan = SignOffSteps.SubmittedPlan();
        var grading = plan.GradeCurrentDraft(People.Manager, framework, Grade.Good);

        Assert.Equal(0, plan.RecordEarlierAssuredGrades([grading], Sessions));
        Assert.Single(plan.AssuredGrades);
    }

    private static string Describe(AssuredGrade a) =>
        $"{a.Level} {a.PlanVersionId} {a.PanelSessionId} {a.GivenById} {a.GivenAt:O} {a.GivenOn} {a.LocalityId} {a.Phase} {a.Need} {a.Setting} {a.Overall} {a.Regraded} {a.SectionGrades}";

    /// <summary>Gives a version the id the database would, so its gradings can be told apart from another version's.</summary>
    private static void Saved(PlanVersion version, int id) => typeof(PlanVersion).GetProperty(nameof(PlanVersion.Id))!.SetValue(version, id);

    /// <summary>The plan as a database from before assured grades were kept would hold it: the same, without them.</summary>
    private static Plan Forget(Plan plan)
    {
        var field = typeof(Plan).GetField("_assuredGrades", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;
        ((List<AssuredGrade>)field.GetValue(plan)!).Clear();
        return plan;
    }
}
