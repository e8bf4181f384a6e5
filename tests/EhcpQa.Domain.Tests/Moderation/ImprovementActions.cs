using EhcpQa.Domain.Moderation;
using EhcpQa.Domain.Staff;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Moderation;

internal static class ImprovementActions
{
    /// <summary>The date of <see cref="PanelSessions.New"/>.</summary>
    public static readonly DateOnly HeldOn = new(2026, 12, 3);

    public static readonly DateTimeOffset Later = PanelSessions.At.AddDays(10);

    public static ActionDetails Details(string due = "2027-01-31", string description = "Train caseworkers on quantifying provision", string owner = "Alex Morgan") =>
        new(description, Agency.SendTeam, owner, Dates.Parse(due));

    public static ImprovementAction Raise(string due = "2027-01-31") =>
        ImprovementAction.Raise(Ids.Assign(PanelSessions.New(), 5), Details(due), "qa-lead", PanelSessions.At);
}

public sealed class ActionRaising
{
    [Fact]
    public void Raise_StartsOpen_BelongsToTheSession_AndRecordsWhoAndWhen()
    {
        var action = ImprovementAction.Raise(Ids.Assign(PanelSessions.New(), 5),
            new ActionDetails("  Train caseworkers  ", Agency.Health, "  Alex Morgan ", Dates.Parse("2027-01-31")), "qa-lead", PanelSessions.At);

        Assert.Equal(5, action.PanelSessionId);
        Assert.Equal("Train caseworkers", action.Description);
        Assert.Equal(Agency.Health, action.OwnerAgency);
        Assert.Equal("Alex Morgan", action.Owner);
        Assert.Equal(Dates.Parse("2027-01-31"), action.DueOn);
        Assert.Equal(ActionStatus.Open, action.Status);
        Assert.Equal(("qa-lead", PanelSessions.At), (action.RaisedById, action.RaisedAt));
        Assert.Equal(new ActionChange(ActionChangeKind.Raised, ActionStatus.Open, "qa-lead", PanelSessions.At, null), Assert.Single(action.History));
    }

    [Fact]
    public void Raise_DueOnTheDayOfTheSession_IsAllowed()
    {
        Assert.Equal(ImprovementActions.HeldOn, ImprovementActions.Raise("2026-12-03").DueOn);
    }

    [Fact]
    public void Raise_DueBeforeTheSession_IsRefused()
    {
        var refusal = Assert.Throws<DomainRuleException>(() => ImprovementActions.Raise("2026-12-02"));

        Assert.Contains("on or after the date of the session", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "Alex")]
    [InlineData("Train", " ")]
    public void Raise_WithoutADescriptionOrOwner_IsRefused(string description, string owner)
    {
        Assert.Throws<DomainRuleException>(() => ImprovementAction.Raise(PanelSessions.New(),
            ImprovementActions.Details(description: description, owner: owner), "qa-lead", PanelSessions.At));
    }

    [Fact]
    public void DetailsProblems_AreKeyedByTheDetailTheyConcern()
    {
        var details = new ActionDetails(new string('x', ImprovementAction.DescriptionMaxLength + 1), (Agency)0, new string('y', ImprovementAction.OwnerMaxLength + 1), Dates.Parse("2026-01-01"));

        Assert.Equal(["Description", "OwnerAgency", "Owner", "DueOn"], details.Problems(ImprovementActions.HeldOn).Select(p => p.Field));
        Assert.DoesNotContain(details.Problems(null), p => p.Field == "DueOn");
    }
}

public sealed class ActionStatusChange
{
    [Fact]
    public void ChangeStatus_ToInProgress_IsRecordedWithWhoAndWhen()
    {
        var action = ImprovementActions.Raise();

        action.ChangeStatus(ActionStatus.InProgress, "lead-2", ImprovementActions.Later);

        Assert.Equal(ActionStatus.InProgress, action.Status);
        Assert.Equal(new ActionChange(ActionChangeKind.StatusChanged, ActionStatus.InProgress, "lead-2", ImprovementActions.Later, null), action.History[^1]);
        Assert.Equal(("lead-2", ImprovementActions.Later), (action.UpdatedById, action.UpdatedAt));
    }

    [Fact]
    public void ChangeStatus_ToTheSameStatus_RecordsNothing()
    {
        var action = ImprovementActions.Raise();

        action.ChangeStatus(ActionStatus.Open, "lead-2", ImprovementActions.Later);

        Assert.Single(action.History);
    }

    [Fact]
    public void ChangeStatus_ToDone_IsRefused_BecauseClosingNeedsANote()
    {
        var action = ImprovementActions.Raise();

        var refusal = Assert.Throws<DomainRuleException>(() => action.ChangeStatus(ActionStatus.Done, "lead-2", ImprovementActions.Later));

        Assert.Equal("Close the action with a note of what was done.", refusal.Message);
        Assert.Equal(ActionStatus.Open, action.Status);
    }
}

public sealed class ActionClosing
{
    [Fact]
    public void Close_WithANote_MarksItDone_AndRecordsWhoWhenAndWhat()
    {
        var action = ImprovementActions.Raise();

        action.Close("  Training delivered to all caseworkers  ", "lead-2", ImprovementActions.Later);

        Assert.Equal(ActionStatus.Done, action.Status);
        Assert.Equal("Training delivered to all caseworkers", action.ClosingNote);
        Assert.Equal(("lead-2", ImprovementActions.Later), (action.ClosedById, action.ClosedAt));
        Assert.Equal(new ActionChange(ActionChangeKind.Closed, ActionStatus.Done, "lead-2", ImprovementActions.Later, "Training delivered to all caseworkers"), action.History[^1]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Close_WithoutANote_IsRefused(string? note)
    {
        var action = ImprovementActions.Raise();

        var refusal = Assert.Throws<DomainRuleException>(() => action.Close(note!, "lead-2", ImprovementActions.Later));

        Assert.Equal("Enter what was done, to mark the action as done.", refusal.Message);
        Assert.Equal(ActionStatus.Open, action.Status);
        Assert.Null(action.ClosedAt);
    }

    [Fact]
    public void Close_WhenAlreadyDone_IsRefused()
    {
        var action = ImprovementActions.Raise();
        action.Close("Done once", "lead-2", ImprovementActions.Later);

        Assert.Throws<DomainRuleException>(() => action.Close("Done twice", "lead-2", ImprovementActions.Later));
        Assert.Equal("Done once", action.ClosingNote);
    }

    [Fact]
    public void Close_WithANoteTooLong_IsRefused()
    {
        Assert.Throws<DomainRuleException>(() => ImprovementActions.Raise().Close(new string('x', ImprovementAction.NoteMaxLength + 1), "lead-2", ImprovementActions.Later));
    }
}

public sealed class ActionReopening
{
    [Fact]
    public void ChangeStatus_FromDone_ReopensIt_ClearsTheClosure_AndKeepsTheNoteInTheHistory()
    {
        var action = ImprovementActions.Raise();
        action.Close("Training delivered", "lead-2", ImprovementActions.Later);

        action.ChangeStatus(ActionStatus.InProgress, "lead-3", ImprovementActions.Later.AddDays(1));

        Assert.Equal(ActionStatus.InProgress, action.Status);
        Assert.Null(action.ClosingNote);
        Assert.Null(action.ClosedById);
        Assert.Null(action.ClosedAt);
        Assert.Equal(ActionChangeKind.Reopened, action.History[^1].Kind);
        Assert.Contains(action.History, c => c.Note == "Training delivered");
    }
}

public sealed class ActionRevision
{
    [Fact]
    public void Revise_ChangesTheDetails_AndRecordsWhoAndWhen()
    {
        var action = ImprovementActions.Raise();

        action.Revise(ImprovementActions.Details("2027-03-01", owner: "Jo Patel"), ImprovementActions.HeldOn, "lead-2", ImprovementActions.Later);

        Assert.Equal(("Jo Patel", Dates.Parse("2027-03-01")), (action.Owner, action.DueOn));
        Assert.Equal(ActionChangeKind.DetailsChanged, action.History[^1].Kind);
    }

    [Fact]
    public void Revise_WithTheSameDetails_RecordsNothing()
    {
        var action = ImprovementActions.Raise();

        action.Revise(ImprovementActions.Details(), ImprovementActions.HeldOn, "lead-2", ImprovementActions.Later);

        Assert.Single(action.History);
    }

    [Fact]
    public void Revise_ToADueDateBeforeTheSession_IsRefused()
    {
        var action = ImprovementActions.Raise();

        Assert.Throws<DomainRuleException>(() => action.Revise(ImprovementActions.Details("2026-11-30"), ImprovementActions.HeldOn, "lead-2", ImprovementActions.Later));
        Assert.Equal(Dates.Parse("2027-01-31"), action.DueOn);
    }
}

public sealed class ActionUpdate
{
    [Fact]
    public void Update_ToDoneWithANote_RevisesThenCloses()
    {
        var action = ImprovementActions.Raise();

        action.Update(ImprovementActions.Details(owner: "Jo Patel"), ActionStatus.Done, "Delivered", ImprovementActions.HeldOn, "lead-2", ImprovementActions.Later);

        Assert.Equal([ActionChangeKind.Raised, ActionChangeKind.DetailsChanged, ActionChangeKind.Closed], action.History.Select(c => c.Kind));
        Assert.Equal("Delivered", action.ClosingNote);
    }

    [Fact]
    public void Update_ToDoneWithoutANote_ChangesNothing()
    {
        var action = ImprovementActions.Raise();

        Assert.Throws<DomainRuleException>(() => action.Update(ImprovementActions.Details(owner: "Jo Patel"), ActionStatus.Done, " ", ImprovementActions.HeldOn, "lead-2", ImprovementActions.Later));

        Assert.Equal("Alex Morgan", action.Owner);
        Assert.Single(action.History);
    }

    [Fact]
    public void Update_OfADoneActionThatStaysDone_CorrectsTheNote()
    {
        var action = ImprovementActions.Raise();
        action.Close("Delivered", "lead-2", ImprovementActions.Later);

        action.Update(ImprovementActions.Details(), ActionStatus.Done, "Delivered to all three localities", ImprovementActions.HeldOn, "lead-3", ImprovementActions.Later);

        Assert.Equal("Delivered to all three localities", action.ClosingNote);
        Assert.Equal(ActionChangeKind.ClosingNoteChanged, action.History[^1].Kind);
        Assert.Equal("lead-2", action.ClosedById);
    }

    [Fact]
    public void StatusProblems_NeedANoteOnlyForDone()
    {
        Assert.Empty(ImprovementAction.StatusProblems(ActionStatus.InProgress, null));
        Assert.Equal("ClosingNote", Assert.Single(ImprovementAction.StatusProblems(ActionStatus.Done, null)).Field);
        Assert.Equal("Status", Assert.Single(ImprovementAction.StatusProblems((ActionStatus)0, null)).Field);
    }
}

public sealed class ActionOverdue
{
    [Theory]
    [InlineData("2027-01-30", false)]
    [InlineData("2027-01-31", false)]
    [InlineData("2027-02-01", true)]
    public void IsOverdueOn_WhenNotDoneAndDueBeforeToday(string today, bool overdue)
    {
        var action = ImprovementActions.Raise("2027-01-31");
        action.ChangeStatus(ActionStatus.InProgress, "lead-2", ImprovementActions.Later);

        Assert.Equal(overdue, action.IsOverdueOn(Dates.Parse(today)));
        Assert.Equal(overdue, ImprovementAction.OverdueOn(Dates.Parse(today)).Compile()(action));
    }

    [Fact]
    public void IsOverdueOn_WhenDone_IsNeverOverdue()
    {
        var action = ImprovementActions.Raise("2027-01-31");
        action.Close("Delivered late", "lead-2", ImprovementActions.Later);

        Assert.False(action.IsOverdueOn(Dates.Parse("2027-06-01")));
        Assert.False(ImprovementAction.OverdueOn(Dates.Parse("2027-06-01")).Compile()(action));
    }
}
