using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Frameworks;

/// <summary>A retired version is kept for the gradings that used it, and starts no new one.</summary>
public class FrameworkVersionRetirement
{
    [Fact]
    public void Retiring_RecordsWhoAndWhen_AndTakesTheVersionOutOfUse()
    {
        var (first, second) = FrameworkBuilder.Complete().BuildRevised();
        var at = FrameworkBuilder.PublishedAt.AddMonths(2);

        second.Retire(at, "qa-lead");

        Assert.Equal((at, "qa-lead"), (second.RetiredAt!.Value, second.RetiredBy));
        Assert.True(second.IsRetired);
        Assert.Same(first, first.Framework.CurrentVersion);
        var refused = Assert.Throws<DomainRuleException>(() => second.RecordUse(at));
        Assert.Contains("retired", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ADraft_CannotBeRetired()
    {
        var draft = FrameworkBuilder.Complete().Build().Versions[0];

        Assert.Throws<DomainRuleException>(() => draft.Retire(FrameworkBuilder.PublishedAt, "qa-lead"));
    }

    [Fact]
    public void AVersion_IsRetiredOnce()
    {
        var version = FrameworkBuilder.Complete().BuildPublished();
        version.Retire(FrameworkBuilder.PublishedAt, "qa-lead");

        Assert.Throws<DomainRuleException>(() => version.Retire(FrameworkBuilder.PublishedAt.AddDays(1), "someone-else"));
        Assert.Equal("qa-lead", version.RetiredBy);
    }
}
