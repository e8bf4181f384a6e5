using EhcpQa.Domain.Grades;
using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Tests.Frameworks.Forms;
using EhcpQa.Domain.Tests.Grades.OnForms;

namespace EhcpQa.Domain.Tests.Moderation;

/// <summary>A panel re-grades a plan signed off on a form of the authority's own when it agrees another overall grade on the same version of that form.</summary>
public class RegradingOnAForm
{
    private readonly Domain.Frameworks.FrameworkVersion _version = FormGradings.Publish(FormGradings.Banded());

    [Fact]
    public void AnotherOverallGrade_OnTheSameForm_IsARegrade()
    {
        var agreement = Agreed("no");

        Assert.Equal("4", agreement.OverallGradeValue);
        Assert.True(SignedOffAtGood(_version.Id).IsRegradedBy(agreement));
    }

    [Fact]
    public void TheSameOverallGrade_OnTheSameForm_IsNoRegrade_WhateverThePoints()
    {
        var agreement = Agreed("yes");

        Assert.False(new DecisiveOutcome("1 Outstanding; 35 out of 40 (87.5%)", "1", _version.Id, null).IsRegradedBy(agreement));
    }

    [Fact]
    public void AGradeOnAnotherForm_CannotBeCompared_AndIsNoRegrade()
    {
        var agreement = Agreed("no");

        Assert.False(SignedOffAtGood(_version.Id + 1).IsRegradedBy(agreement));
        Assert.False(DecisiveOutcome.OfGrade(Grade.Good).IsRegradedBy(agreement));
    }

    private static DecisiveOutcome SignedOffAtGood(int frameworkVersionId) => new("2 Good; 30 out of 40 (75.0%)", "2", frameworkVersionId, null);

    private Grading Agreed(string answer)
    {
        var grading = Grading.Start(1, 1, GradingPurpose.PanelAgreement, "chair", _version, FormGradings.At, panelSessionId: 7);
        var commentary = new SectionCommentary(Rationale: "Agreed after discussion");
        grading.JudgePart(_version, "A", Forms.Answers(("A1", answer), ("A2", answer)), null, null, commentary, FormGradings.At);
        grading.JudgePart(_version, "B", Forms.Answers(("B1", answer), ("B2", answer)), null, null, commentary, FormGradings.At);
        grading.JudgePart(_version, "overall", Forms.Answers(), null, null, commentary, FormGradings.At);
        grading.Submit(_version, FormGradings.At);
        return grading;
    }
}
