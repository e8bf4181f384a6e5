using EhcpQa.Domain.Dashboards;
using EhcpQa.Domain.Frameworks.Forms;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Tests.Grades.OnForms;

namespace EhcpQa.Domain.Tests.Dashboards;

/// <summary>Judgements on a form of the authority's own are counted on its own scale (best grade first), its bar and its points.</summary>
public class FormResultsFigures
{
    private static readonly DateOnly On = new(2026, 11, 10);

    [Fact]
    public void OnAScaleWhoseBestIsHighest_TheGradesAreCountedBestFirst_WithTheShareAtTheBarAndTheMeanPercentage()
    {
        AssuredResult[] results =
        [
            Result(1, "5", true, 9m, 10m, Phase.KeyStage2),
            Result(2, "4", true, 7m, 10m, Phase.KeyStage2),
            Result(3, "2", false, 2m, 10m, Phase.KeyStage3, regraded: true),
        ];

        var figures = FormResults.Compute(FormGradings.Chosen(), "A checklist, version 1", results, new Dictionary<int, string> { [1] = "North" });

        Assert.Equal(["5 Excellent:1", "4 Good:1", "3 Adequate:0", "2 Weak:1", "1 Poor:0"], figures.Grades.Select(g => $"{g.Grade}:{g.Count}"));
        Assert.Equal((3, 3, 2, 3, 1), (figures.Count, figures.PlansAssured, figures.Passing, figures.WithBar, figures.Regraded));
        Assert.Equal("at least Adequate", figures.Bar);
        Assert.Equal(60m, figures.MeanPercentage);
        var keyStage2 = figures.ByPhase.Single(r => r.Label == Phase.KeyStage2.Name());
        Assert.Equal((2, 2, 80m), (keyStage2.Count, keyStage2.Passing, keyStage2.MeanPercentage));
        Assert.Contains(figures.ByPhase, r => r.Count == 0 && r.MeanPercentage is null);
        Assert.Equal("North", Assert.Single(figures.ByLocality).Label);
    }

    [Fact]
    public void AFormOfMarksOnly_HasNoGradesOrBar_OnlyItsPoints()
    {
        var figures = FormResults.Compute(FormGradings.MarksOnly(), "Marks, version 1", [Result(1, null, null, 15m, 20m, Phase.KeyStage2)], new Dictionary<int, string>());

        Assert.Empty(figures.Grades);
        Assert.Null(figures.Bar);
        Assert.Equal((0, 0, 75m), (figures.Passing, figures.WithBar, figures.MeanPercentage));
    }

    private static AssuredResult Result(int planId, string? grade, bool? passes, decimal awarded, decimal available, Phase phase, bool regraded = false) =>
        new(planId, On, 1, phase, BroadAreaOfNeed.CommunicationAndInteraction, SettingType.Mainstream, grade, passes, new Points(awarded, available), regraded);
}
