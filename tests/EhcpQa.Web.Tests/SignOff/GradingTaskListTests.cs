namespace EhcpQa.Web.Tests.SignOff;

/// <summary>A grading's task list names each part once: "Section B: …", and the plan overall by itself.</summary>
public sealed class GradingTaskListTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task ThePlanOverall_IsNamedOnce()
    {
        var planId = await app.Plans.DraftAsync("EHC-TASKS-1");
        await SignOffJourney.SubmitDraftAsync(await app.SignInAsync(DemoUsers.Caseworker), planId);
        var manager = await app.SignInAsync(DemoUsers.LocalityManager);
        var gradingId = await SignOffJourney.StartGradingAsync(manager, planId);

        var tasks = (await manager.GetPageAsync($"/gradings/{gradingId}")).QuerySelector("main")!.TextContent;

        Assert.Contains("The plan overall", tasks, StringComparison.Ordinal);
        Assert.DoesNotContain("The plan overall: The plan overall", tasks, StringComparison.Ordinal);
        Assert.Contains("Section B: ", tasks, StringComparison.Ordinal);
    }
}
