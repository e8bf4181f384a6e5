using EhcpQa.Domain.DraftChecks;
using EhcpQa.Domain.Frameworks;
using static EhcpQa.Domain.Tests.DraftChecks.Drafts;

namespace EhcpQa.Domain.Tests.DraftChecks;

/// <summary>A template placeholder left in is flagged with its exact words, once; text that only looks like one is not.</summary>
public class PlaceholderRule
{
    private static readonly DraftChecker Checker = new(ProvisionWording.Default);

    [Theory]
    [InlineData("[Child's name] enjoys music.", "[Child's name]")]
    [InlineData("The plan will be reviewed on [insert date].", "[insert date]")]
    [InlineData("{{child.firstName}} enjoys music.", "{{child.firstName}}")]
    [InlineData("Date of birth: XX/XX/XXXX", "XX/XX/XXXX")]
    [InlineData("Date of the next review: dd/mm/yyyy", "dd/mm/yyyy")]
    [InlineData("<<name>> enjoys music.", "<<name>>")]
    [InlineData("Name:\nSam enjoys music.", "Name:")]
    [InlineData("Child's name:   \r\nSam enjoys music.", "Child's name:")]
    [InlineData("Name: ________", "Name: ________")]
    public void APlaceholderLeftIn_IsFlaggedOnce_WithItsExactWords(string text, string placeholder)
    {
        var warning = Assert.Single(Checker.Check(Draft((SectionCode.A, text))));
        Assert.Equal((SectionCode.A, DraftCheckKind.PlaceholderLeft, placeholder), (warning.Section, warning.Kind, warning.Words));
    }

    [Theory]
    [InlineData("Name: Sam\nSam enjoys music.")]
    [InlineData("The educational psychologist's report [1] describes Sam's strengths.")]
    [InlineData("Sam's surname is Baxter and he enjoys music.")]
    [InlineData("Sam's name is important to him: he likes to be called Sammy.")]
    public void TextThatIsFilledIn_IsNotFlagged(string text)
    {
        Assert.DoesNotContain(Checker.Check(Draft((SectionCode.A, text))), w => w.Kind == DraftCheckKind.PlaceholderLeft);
    }
}
