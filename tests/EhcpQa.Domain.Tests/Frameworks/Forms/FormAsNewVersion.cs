using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Frameworks.Forms;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Frameworks.Forms;

/// <summary>A form (an imported file, or a copy of the current version) becomes a framework's next version, a draft.</summary>
public class FormAsNewVersion
{
    private static readonly DateTimeOffset At = FrameworkBuilder.PublishedAt;

    private static FrameworkForm PointsForm() => Forms.Form(
        [Forms.Section("process", Forms.Item("1", "levels"), Forms.Item("2", "yes-no-na"))],
        Forms.OneToFour,
        new GradeRule(GradeMode.Banded, [new("1", 85m), new("2", 65m), new("3", 40m), new("4", 0m)]));

    [Fact]
    public void AFormOfItsOwnScoring_IsAVersionScoredAsItsFormDeclares()
    {
        var framework = Framework.FromForm(PointsForm(), "qa-lead", At);

        var version = Assert.Single(framework.Versions);
        Assert.Equal(ScoringScheme.Form, version.Scheme);
        Assert.Equal(PointsForm().Sections[0].Items, version.Form!.Sections[0].Items);
        Assert.Equal(("test-form", "Test form", 1, "Test form 2027"), (framework.Key, framework.Name, version.Number, version.Title));
        Assert.Equal(("qa-lead", At), (version.AddedBy, version.AddedAt));
        Assert.Empty(version.Sections);
        Assert.False(version.IsPublished);
        Assert.Same(version, framework.Draft);
    }

    [Fact]
    public void AFormOfTheOneToFourScheme_IsGradedOnThoseRules_AndHoldsItsFormInItsSections()
    {
        var original = FrameworkBuilder.Complete().WithDescriptorsIn(SectionCode.B, required: 3, ifApplicable: 2).BuildPublished();
        var form = GradeOneToFourForm.Of(original);

        var version = Framework.FromForm(form, null, At).Versions[0];

        Assert.Equal(ScoringScheme.GradeOneToFour, version.Scheme);
        Assert.Equal(5, version.Section(SectionCode.B).Descriptors.Count);
        Assert.True(version.Section(SectionCode.B).Descriptor(5).AllowsNotApplicable);
        Assert.Equal(original.DescriptorFor(Domain.Grades.Grade.Good)!.Points, version.DescriptorFor(Domain.Grades.Grade.Good)!.Points);
        Assert.Empty(GradeOneToFourForm.Misfits(GradeOneToFourForm.Of(version)));
        Assert.Equal(
            form.PartsWithItems.SelectMany(p => p.Items),
            GradeOneToFourForm.Of(version).PartsWithItems.SelectMany(p => p.Items));
    }

    [Fact]
    public void AFormWithProblems_IsRefused_WithEveryProblem()
    {
        var form = PointsForm() with { Key = "Not A Key", Sections = [] };

        var refused = Assert.Throws<DomainRuleException>(() => Framework.FromForm(form, null, At));

        Assert.Contains(refused.Problems, p => p.Field == "framework.key");
        Assert.Contains(refused.Problems, p => p.Field == "sections");
    }

    [Fact]
    public void AFormForAnotherFramework_IsRefused()
    {
        var framework = Framework.FromForm(PointsForm(), null, At);
        framework.Versions[0].Publish(At);

        var refused = Assert.Throws<DomainRuleException>(() => framework.AddDraft(PointsForm() with { Key = "another-form" }, null, At));

        Assert.Contains("another-form", refused.Message, StringComparison.Ordinal);
        Assert.Single(framework.Versions);
    }

    [Fact]
    public void ASecondDraft_IsRefused_UntilTheFirstIsPublishedOrDiscarded()
    {
        var framework = Framework.FromForm(PointsForm(), null, At);

        var refused = Assert.Throws<DomainRuleException>(() => framework.AddDraft(PointsForm(), null, At));
        Assert.Contains("Version 1 is still a draft", refused.Message, StringComparison.Ordinal);

        framework.Versions[0].Publish(At, "qa-lead");
        var second = framework.AddDraft(PointsForm() with { Title = "Second" }, "qa-lead", At.AddDays(1));

        Assert.Equal(2, second.Number);
        Assert.Equal("Second", second.Title);
        Assert.Equal("qa-lead", framework.Versions[0].PublishedBy);
    }

    [Fact]
    public void ARevision_CopiesTheCurrentForm_UnderItsNewTitle()
    {
        var framework = Framework.FromForm(PointsForm(), null, At);
        framework.Versions[0].Publish(At);

        var revision = framework.Revise(" Points form 2028 ", "qa-lead", At.AddDays(3));

        Assert.Equal(ScoringScheme.Form, revision.Scheme);
        Assert.Equal("Points form 2028", revision.Form!.Title);
        Assert.Equal(framework.Versions[0].Form!.Sections[0].Items, revision.Form.Sections[0].Items);
    }

    [Fact]
    public void ADraft_CanBeDiscarded_APublishedVersionCannot()
    {
        var framework = Framework.FromForm(PointsForm(), null, At);
        var first = framework.Versions[0];
        first.Publish(At);
        var draft = framework.AddDraft(PointsForm(), null, At);

        framework.Discard(draft);
        var refused = Assert.Throws<DomainRuleException>(() => framework.Discard(first));

        Assert.Equal([first], framework.Versions);
        Assert.Contains("Retire it instead", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheContentOfAVersionScoredByItsForm_ChangesOnlyThroughItsForm()
    {
        var version = Framework.FromForm(PointsForm(), null, At).Versions[0];

        Assert.Throws<DomainRuleException>(() => version.AddQualityStandard(1, "Views", "Views are heard."));
    }

    [Fact]
    public void EditingTheSectionsOfAOneToFourVersion_KeepsItsFormTheSame()
    {
        var version = Framework.FromForm(GradeOneToFourForm.Of(FrameworkBuilder.Complete().BuildPublished()), null, At).Versions[0];

        version.ReviseDescriptor(SectionCode.C, 1, "Reworded", DescriptorApplicability.IfApplicable);

        var item = version.Form!.Section("C")!.Items[0];
        Assert.Equal(("Reworded", GradeOneToFourForm.YesNoNotApplicable), (item.Text, item.Answers));
    }
}
