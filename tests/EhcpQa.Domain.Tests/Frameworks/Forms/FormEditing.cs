using EhcpQa.Domain.Frameworks.Forms;

namespace EhcpQa.Domain.Tests.Frameworks.Forms;

/// <summary>The changes made on the editing pages: each gives a new form and leaves the old one as it was.</summary>
public class FormEditing
{
    private static readonly FrameworkForm Form = Forms.Form(
        [Forms.Section("A", Forms.Item("1", "yes-no"), Forms.Item("2", "yes-no")), Forms.Section("B", Forms.Item("1", "levels"))],
        overall: new OverallPart(Forms.Section(OverallPart.Code, Forms.Item("1", "yes-no")), GradeRule.NoGrade, null));

    [Fact]
    public void AnItemAddedWithoutACode_TakesTheNextNumberOfItsSection()
    {
        var changed = Form.WithItem("A", 2, new FormItem(string.Empty, "Outcomes are SMART", "yes-no"));

        Assert.Equal(["1", "2", "3"], changed.Section("A")!.Items.Select(i => i.Code));
        Assert.Equal(2, Form.Section("A")!.Items.Count);
    }

    [Fact]
    public void AnItem_IsReplaced_MovedAndRemoved_InItsOwnSection()
    {
        var changed = Form.WithItem("A", 0, Form.Section("A")!.Items[0] with { Text = "Reworded" })
            .WithItemMoved("A", 0, 1);

        Assert.Equal(["2", "1"], changed.Section("A")!.Items.Select(i => i.Code));
        Assert.Equal("Reworded", changed.Section("A")!.Item("1")!.Text);
        Assert.Equal(["2"], changed.WithoutItem("A", 1).Section("A")!.Items.Select(i => i.Code));
        Assert.Equal(Form.Section("B"), changed.Section("B"));
    }

    [Fact]
    public void TheOverallPartsItems_AreChangedLikeASections()
    {
        var changed = Form.WithItem(OverallPart.Code, 1, new FormItem(string.Empty, "The plan reads as one", "yes-no"));

        Assert.Equal(["1", "2"], changed.Overall!.Part.Items.Select(i => i.Code));
        Assert.Equal("overall", changed.PathOf(OverallPart.Code));
    }

    [Fact]
    public void Sections_AreAdded_Moved_Renamed_AndRemoved()
    {
        var added = Form.WithSection(2, Forms.Section("C", Forms.Item("1", "yes-no")));
        var moved = added.WithSectionMoved(2, -1);
        var renamed = moved.WithPartDetails("C", "C1", " Health needs ", [" Name the service ", " "]);

        Assert.Equal(["A", "C1", "B"], renamed.Sections.Select(s => s.Code));
        Assert.Equal("Health needs", renamed.Section("C1")!.Title);
        Assert.Equal(["Name the service"], renamed.Section("C1")!.Prompts);
        Assert.Equal(["A", "B"], renamed.WithoutSection(1).Sections.Select(s => s.Code));
        Assert.Equal("sections[1]", renamed.PathOf("C1"));
    }

    [Fact]
    public void MovingTheFirstSectionUp_LeavesItFirst()
    {
        Assert.Equal(["A", "B"], Form.WithSectionMoved(0, -1).Sections.Select(s => s.Code));
    }

    [Fact]
    public void ChangingAPartTheFormDoesNotHave_IsRefused()
    {
        Assert.Throws<DomainRuleException>(() => Form.WithItem("Z", 0, new FormItem("1", "Text", "yes-no")));
    }
}
