using EhcpQa.Domain.Families;
using EhcpQa.Domain.Notifications;

namespace EhcpQa.Domain.Tests.Families;

/// <summary>
/// A survey link's e-mail is tried as a notification is: after a failure it waits 1, 2, 4 … minutes, and it is given up
/// after as many attempts, or when it would come too late (two days on, or once the link has expired or been replaced).
/// </summary>
public class SurveyEmailSending
{
    [Fact]
    public void AFailure_IsTriedAgainAfterAWaitThatDoubles()
    {
        var email = SurveyEmails.EmailedLink().Email!;

        email.NotSent(Surveys.Now, "SocketException");
        email.NotSent(Surveys.Now.AddMinutes(1), "SocketException");

        Assert.Equal((2, Surveys.Now.AddMinutes(1) + Notification.RetryWait(2)), (email.Attempts, email.NextAttemptAt));
        Assert.Equal(TimeSpan.FromMinutes(2), Notification.RetryWait(2));
        Assert.False(email.IsDue(Surveys.Now.AddMinutes(2)));
        Assert.True(email.IsDue(Surveys.Now.AddMinutes(3)));
        Assert.Equal(SurveyEmailState.Waiting, email.State);
        Assert.Equal("SocketException", email.LastError);
    }

    [Fact]
    public void AfterAsManyAttemptsAsANotification_ItIsGivenUp()
    {
        var email = SurveyEmails.EmailedLink().Email!;
        var at = Surveys.Now;

        for (var attempt = 1; attempt <= SurveyEmail.MaxAttempts; attempt++)
        {
            Assert.Equal(SurveyEmailState.Waiting, email.State);
            email.NotSent(at, "SmtpCommandException");
            at = email.NextAttemptAt ?? at;
        }

        Assert.Equal(Notification.MaxAttempts, email.Attempts);
        Assert.Equal(SurveyEmailState.NotSent, email.State);
        Assert.Null(email.NextAttemptAt);
        Assert.NotNull(email.GaveUpAt);
    }

    [Fact]
    public void ItIsTooLate_TwoDaysOn_OrWhenTheLinkExpiresIfSooner()
    {
        Assert.True(SurveyEmails.EmailedLink().Email!.IsTooLate(Surveys.Now + SurveyEmail.TooLate));
        Assert.False(SurveyEmails.EmailedLink().Email!.IsTooLate(Surveys.Now + SurveyEmail.TooLate - TimeSpan.FromSeconds(1)));
        Assert.Equal(SurveyEmails.EmailedLink(validDays: 1).ExpiresAt, SurveyEmails.EmailedLink(validDays: 1).Email!.SendBefore);
    }

    [Fact]
    public void AFailureWhoseNextTryWouldBeTooLate_IsGivenUp()
    {
        var email = SurveyEmails.EmailedLink().Email!;

        email.NotSent(email.SendBefore.AddSeconds(-30), "SocketException");

        Assert.Equal(SurveyEmailState.NotSent, email.State);
    }

    [Fact]
    public void ReplacingTheLink_GivesUpItsWaitingEmail()
    {
        var plan = Surveys.IssuedPlan();
        var first = Surveys.Link(plan);
        first.SendByEmail(SurveyEmails.Address, Surveys.Token, SurveyEmails.Seal, Surveys.Now);

        Surveys.Link(plan, earlier: [first], token: "a-newer-token");

        Assert.Equal(SurveyEmailState.NotSent, first.Email!.State);
        Assert.False(first.Email.HoldsSecrets);
    }

    [Fact]
    public void ASentEmail_CannotBeSentOrGivenUpAgain()
    {
        var email = SurveyEmails.EmailedLink().Email!;
        email.Sent(Surveys.Now);

        Assert.Throws<DomainRuleException>(() => email.Sent(Surveys.Now));
        Assert.Throws<DomainRuleException>(() => email.NotSent(Surveys.Now, "late"));
        Assert.Throws<DomainRuleException>(() => email.GiveUp(Surveys.Now, "late"));
    }
}
