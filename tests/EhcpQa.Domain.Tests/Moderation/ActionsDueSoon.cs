using EhcpQa.Domain.Moderation;

namespace EhcpQa.Domain.Tests.Moderation;

/// <summary>An action needs following up when it is not done and is overdue or due within a week.</summary>
public sealed class ActionsDueSoon
{
    private static readonly DateOnly Today = new(2027, 1, 20);

    [Theory]
    [InlineData("2027-01-10", true)]
    [InlineData("2027-01-20", true)]
    [InlineData("2027-01-27", true)]
    [InlineData("2027-01-28", false)]
    public void AnOpenAction_IsDueSoonWithinAWeek_OrOverdue(string due, bool expected) =>
        Assert.Equal(expected, Matches(ImprovementActions.Raise(due)));

    [Fact]
    public void ADoneAction_IsNeverDueSoon()
    {
        var action = ImprovementActions.Raise("2027-01-10");
        action.Close("Training delivered to every caseworker", "qa-lead", ImprovementActions.Later);

        Assert.False(Matches(action));
        Assert.Equal(7, ImprovementAction.DueSoonDays);
    }

    private static bool Matches(ImprovementAction action) => new[] { action }.AsQueryable().Any(ImprovementAction.DueSoonOrOverdueOn(Today));
}
