using System.Text.RegularExpressions;
using EhcpQa.Web.Infrastructure.TagHelpers;

namespace EhcpQa.Web.Tests.Infrastructure.TagHelpers;

/// <summary>
/// Every tag a view draws goes through the GOV.UK tag helper, with a colour it draws. The helper refuses an
/// unknown colour only when a page using it is shown (the moderation list once answered 500 for a moderation in
/// progress, coloured "light-blue"), so the views themselves are read here, every branch of every colour.
/// </summary>
public sealed partial class TagColoursInViewsTests
{
    private static readonly string[] Drawn = [GovukTagTagHelper.DefaultColour, .. GovukTagTagHelper.Colours];

    [Fact]
    public void EveryColourAViewGivesATag_IsOneTheTagHelperDraws()
    {
        var refused = (from view in Views()
                       from colour in ColoursNamedIn(File.ReadAllText(view))
                       where !Drawn.Contains(colour)
                       select $"{Path.GetFileName(Path.GetDirectoryName(view))}/{Path.GetFileName(view)}: {colour}").ToList();

        Assert.True(refused.Count == 0, $"Tag colours the tag helper refuses (use one of {string.Join(", ", Drawn)}):\n{string.Join("\n", refused)}");
    }

    [Fact]
    public void NoViewColoursATagByHand()
    {
        var byHand = Views().Where(v => File.ReadAllText(v).Contains("govuk-tag--", StringComparison.Ordinal))
            .Select(v => $"{Path.GetFileName(Path.GetDirectoryName(v))}/{Path.GetFileName(v)}").ToList();

        Assert.True(byHand.Count == 0, $"Colour these tags through <govuk-tag colour=\"…\">:\n{string.Join("\n", byHand)}");
    }

    [Fact]
    public void TheViewsAreFound()
    {
        Assert.Contains(Views(), v => v.EndsWith(Path.Combine("Moderation", "Index.cshtml"), StringComparison.Ordinal));
        Assert.Equal(["green", "blue", "grey"], ColoursNamedIn("""<govuk-tag colour="@(s == "Submitted" ? "green" : s == "In progress" ? "blue" : "grey")">@s</govuk-tag>"""));
        Assert.Equal(["purple"], ColoursNamedIn("""<govuk-tag colour="purple">Added</govuk-tag> <span class="govuk-body-s">x</span>"""));
    }

    /// <summary>The colours a view's tags are given: a literal, or each quoted lower-case word of an expression.</summary>
    private static IEnumerable<string> ColoursNamedIn(string view)
    {
        foreach (Match tag in Tag().Matches(view))
        {
            var rest = tag.Groups["rest"].Value;
            if (!rest.StartsWith("@(", StringComparison.Ordinal))
            {
                yield return rest[..rest.IndexOf('"', StringComparison.Ordinal)];
                continue;
            }

            var depth = 0;
            var end = 0;
            for (; end < rest.Length; end++)
            {
                depth += rest[end] switch { '(' => 1, ')' => -1, _ => 0 };
                if (depth == 0 && rest[end] == ')')
                {
                    break;
                }
            }

            foreach (Match word in QuotedWord().Matches(rest[..end]))
            {
                yield return word.Groups["word"].Value;
            }
        }
    }

    private static List<string> Views()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "EhcpQa.sln")))
        {
            directory = directory.Parent;
        }

        var features = Path.Combine(directory?.FullName ?? throw new InvalidOperationException("EhcpQa.sln not found above the test's folder."), "src", "EhcpQa.Web", "Features");
        return Directory.EnumerateFiles(features, "*.cshtml", SearchOption.AllDirectories).ToList();
    }

    [GeneratedRegex("""<govuk-tag\b[^>]*?\bcolour="(?<rest>[^\n]*)""")]
    private static partial Regex Tag();

    [GeneratedRegex("\"(?<word>[a-z]+(?:-[a-z]+)*)\"")]
    private static partial Regex QuotedWord();
}
