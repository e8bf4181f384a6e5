using EhcpQa.Domain.Moderation;

namespace EhcpQa.Domain.Tests.Quality;

/// <summary>Whether panels are named beside their feedback: not by default; each setting kept with who and when, none made over another unseen.</summary>
public class PanelFeedbackPolicySettings
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ByDefault_NoModeratorIsNamed()
    {
        Assert.False(PanelFeedbackPolicy.Default.ShowModeratorNames);
    }

    [Fact]
    public void ASetting_IsKeptWithWhoMadeItAndWhen()
    {
        var change = PanelFeedbackPolicyChange.Make(new PanelFeedbackPolicy(true), readFrom: null, latest: null, "qa-lead", At);

        Assert.True(change.Policy.ShowModeratorNames);
        Assert.Equal("qa-lead", change.ChangedBy);
        Assert.Equal(At, change.ChangedAt);
    }

    [Fact]
    public void ASettingMadeFromAPageReadBeforeAnother_IsRefused()
    {
        var other = PanelFeedbackPolicyChange.Make(new PanelFeedbackPolicy(true), readFrom: null, latest: null, "qa-lead-2", At);
        typeof(PanelFeedbackPolicyChange).GetProperty(nameof(PanelFeedbackPolicyChange.Id))!.SetValue(other, 7);

        Assert.Throws<DomainRuleException>(() => PanelFeedbackPolicyChange.Make(new PanelFeedbackPolicy(false), readFrom: null, other, "qa-lead", At));
    }
}
