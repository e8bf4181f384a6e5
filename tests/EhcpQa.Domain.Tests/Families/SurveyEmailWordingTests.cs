using EhcpQa.Domain.Families;

namespace EhcpQa.Domain.Tests.Families;

/// <summary>The e-mail of a survey link gives the link, when it expires (in UK time) and that it works once, and names no child or plan.</summary>
public class SurveyEmailWordingTests
{
    [Fact]
    public void TheEmail_GivesTheLinkAndItsExpiry_AndNamesNoChildOrPlan()
    {
        var link = new Uri("https://ehcp-qa.example.gov.uk/survey/abc");

        var body = SurveyEmailWording.Body(link, new DateTimeOffset(2027, 7, 1, 9, 30, 0, TimeSpan.Zero));

        Assert.Equal("Your views on the education, health and care plan", SurveyEmailWording.Subject);
        Assert.Contains(link.ToString(), body, StringComparison.Ordinal);
        Assert.Contains("can be used once, until 10:30 on 1 July 2027", body, StringComparison.Ordinal);
        Assert.DoesNotContain("child", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("reference", body, StringComparison.OrdinalIgnoreCase);
    }
}
