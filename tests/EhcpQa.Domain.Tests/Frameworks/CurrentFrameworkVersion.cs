using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Frameworks;

public class CurrentFrameworkVersion
{
    [Fact]
    public void OnlyDraftVersion_NoCurrentVersion()
    {
        var framework = FrameworkBuilder.Complete().Build();

        Assert.Null(framework.CurrentVersion);
    }

    [Fact]
    public void FirstVersionPublished_IsCurrent()
    {
        var framework = FrameworkBuilder.Complete().Build();
        framework.Versions[0].Publish(FrameworkBuilder.PublishedAt);

        Assert.Same(framework.Versions[0], framework.CurrentVersion);
    }

    [Fact]
    public void RevisionStillDraft_PublishedVersionStaysCurrent()
    {
        var framework = FrameworkBuilder.Complete().Build();
        var first = framework.Versions[0];
        first.Publish(FrameworkBuilder.PublishedAt);

        framework.Revise("Second", null, FrameworkBuilder.PublishedAt);

        Assert.Same(first, framework.CurrentVersion);
    }

    [Fact]
    public void RevisionPublished_BecomesCurrent()
    {
        var framework = FrameworkBuilder.Complete().Build();
        framework.Versions[0].Publish(FrameworkBuilder.PublishedAt);
        var second = framework.Revise("Second", null, FrameworkBuilder.PublishedAt);

        second.Publish(FrameworkBuilder.PublishedAt.AddMonths(6));

        Assert.Same(second, framework.CurrentVersion);
    }

    [Fact]
    public void ThirdVersionPublished_IsCurrentOverBoth()
    {
        var framework = FrameworkBuilder.Complete().Build();
        framework.Versions[0].Publish(FrameworkBuilder.PublishedAt);
        framework.Revise("Second", null, FrameworkBuilder.PublishedAt).Publish(FrameworkBuilder.PublishedAt.AddMonths(6));
        var third = framework.Revise("Third", null, FrameworkBuilder.PublishedAt);

        third.Publish(FrameworkBuilder.PublishedAt.AddMonths(12));

        Assert.Same(third, framework.CurrentVersion);
        Assert.Equal(3, framework.CurrentVersion?.Number);
    }
}
