using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Frameworks.Forms;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Frameworks.Forms;

/// <summary>A draft takes a changed form whole, only while it is a draft and only when the form keeps every rule.</summary>
public class DraftFormRevision
{
    private static readonly DateTimeOffset At = FrameworkBuilder.PublishedAt;

    private static FrameworkForm PointsForm() => Forms.Form(
        [Forms.Section("process", Forms.Item("1", "levels"), Forms.Item("2", "yes-no-na")), Forms.Section("content", Forms.Item("1", "yes-no"))]);

    private static FrameworkVersion Draft() => Framework.FromForm(PointsForm(), "qa-lead", At).Versions[0];

    [Fact]
    public void ADraft_TakesTheChangedForm_AndItsTitle()
    {
        var draft = Draft();

        draft.ReviseForm(draft.Form!.WithDetails(" Points form 2028 ", " Our 2028 audit ", NotApplicableRule.AwardsFullPoints, AssessedDocument.Plan));

        Assert.Equal(("Points form 2028", "Our 2028 audit", NotApplicableRule.AwardsFullPoints), (draft.Title, draft.Source, draft.Form!.NotApplicable));
    }

    [Fact]
    public void AChangeThatBreaksARule_IsRefused_WithItsPlace_AndLeavesTheDraftAsItWas()
    {
        var draft = Draft();
        var before = draft.Form;

        var refused = Assert.Throws<DomainRuleException>(() => draft.ReviseForm(before!.WithItem("content", 0, new FormItem("1", "Criterion", "stars"))));

        Assert.Contains(refused.Problems, p => p.Field == "sections[1].items[0].answers");
        Assert.Same(before, draft.Form);
    }

    [Fact]
    public void APublishedVersion_TakesNoChange()
    {
        var draft = Draft();
        draft.Publish(At);

        var refused = Assert.Throws<DomainRuleException>(() => draft.ReviseForm(draft.Form!.WithDetails("Changed", null, NotApplicableRule.RemovesItem, AssessedDocument.Plan)));

        Assert.Contains("Start a new version", refused.Message, StringComparison.Ordinal);
        Assert.Equal("Test form 2027", draft.Title);
    }

    [Fact]
    public void AOneToFourDraft_ChangedBeyondTheScheme_IsScoredAsItsFormDeclares_AndBackAgain()
    {
        var oneToFour = GradeOneToFourForm.Of(FrameworkBuilder.Complete().BuildPublished());
        var draft = Framework.FromForm(oneToFour, null, At).Versions[0];

        draft.ReviseForm(oneToFour.WithItem("B", 0, oneToFour.Section("B")!.Items[0] with { Guidance = "Look for the child's own words." }));
        Assert.Equal(ScoringScheme.Form, draft.Scheme);
        Assert.Empty(draft.Sections);

        draft.ReviseForm(oneToFour);
        Assert.Equal(ScoringScheme.GradeOneToFour, draft.Scheme);
        Assert.Equal(13, draft.Sections.Count);
    }
}
