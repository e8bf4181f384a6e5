using EhcpQa.Domain.Families;

namespace EhcpQa.Domain.Tests.Families;

/// <summary>The address and the link's token are erased as soon as the e-mail is sent or given up, and kept while it waits.</summary>
public class SurveyEmailErasure
{
    [Fact]
    public void OnceSent_NeitherTheAddressNorTheTokenIsKept()
    {
        var email = SurveyEmails.EmailedLink().Email!;

        email.Sent(Surveys.Now.AddSeconds(15));

        Assert.Equal((SurveyEmailState.Sent, Surveys.Now.AddSeconds(15), 1), (email.State, email.SentAt!.Value, email.Attempts));
        Assert.Equal(((string?)null, (string?)null, (DateTimeOffset?)null), (email.SealedAddress, email.SealedToken, email.NextAttemptAt));
    }

    [Fact]
    public void OnceGivenUp_NeitherTheAddressNorTheTokenIsKept()
    {
        var email = SurveyEmails.EmailedLink().Email!;

        email.GiveUp(Surveys.Now, "Too late to send");

        Assert.Equal(SurveyEmailState.NotSent, email.State);
        Assert.False(email.HoldsSecrets);
        Assert.Equal("Too late to send", email.LastError);
    }

    [Fact]
    public void WhileItIsTriedAgain_TheAddressAndTokenAreKept()
    {
        var email = SurveyEmails.EmailedLink().Email!;

        email.NotSent(Surveys.Now, "SocketException");

        Assert.True(email.HoldsSecrets);
    }
}
