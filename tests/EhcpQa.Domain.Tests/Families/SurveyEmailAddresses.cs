using EhcpQa.Domain.Families;

namespace EhcpQa.Domain.Tests.Families;

/// <summary>
/// A link is e-mailed only to one address as a person types it, only with its own token, once, and only while it is
/// open; the address and token are kept sealed, never as given.
/// </summary>
public class SurveyEmailAddresses
{
    [Theory]
    [InlineData("parent@example.com")]
    [InlineData("first.last+survey@mail.example.org.uk")]
    [InlineData("  carer@example.co.uk  ")]
    [InlineData("")]
    [InlineData(null)]
    public void AnAddressAsAPersonTypesIt_OrNone_HasNoProblems(string? address) =>
        Assert.Empty(SurveyEmail.AddressProblems(address));

    [Theory]
    [InlineData("parent")]
    [InlineData("parent@")]
    [InlineData("@example.com")]
    [InlineData("parent@example")]
    [InlineData("parent@@example.com")]
    [InlineData("par ent@example.com")]
    [InlineData("Parent <parent@example.com>")]
    [InlineData("a@example.com, b@example.com")]
    [InlineData("parent@example..com")]
    [InlineData("parent@-example.com")]
    public void AnythingElse_IsRefusedAsNotInTheCorrectFormat(string address)
    {
        var problem = Assert.Single(SurveyEmail.AddressProblems(address));

        Assert.Equal(("EmailAddress", SurveyEmail.AddressFormatMessage), (problem.Field, problem.Message));
    }

    [Fact]
    public void AnAddressTooLongToSendTo_IsRefused() =>
        Assert.Contains("254 characters or fewer", Assert.Single(SurveyEmail.AddressProblems(new string('a', 60) + "@" + new string('b', 200) + ".com")).Message, StringComparison.Ordinal);

    [Fact]
    public void ALinkSentByEmail_KeepsTheAddressAndTokenOnlySealed_AndIsWaitingNow()
    {
        var email = SurveyEmails.EmailedLink().Email!;

        Assert.Equal(SurveyEmailState.Waiting, email.State);
        Assert.True(email.IsDue(Surveys.Now));
        Assert.Equal((SurveyEmails.Address, Surveys.Token), (SurveyEmails.Unseal(email.SealedAddress!), SurveyEmails.Unseal(email.SealedToken!)));
        Assert.DoesNotContain("@", email.SealedAddress, StringComparison.Ordinal);
        Assert.DoesNotContain(Surveys.Token, email.SealedToken, StringComparison.Ordinal);
    }

    [Fact]
    public void ABadAddress_IsRefused_AndNothingIsToBeSent()
    {
        var link = Surveys.Link();

        var refused = Assert.Throws<DomainRuleException>(() => link.SendByEmail("parent@example", Surveys.Token, SurveyEmails.Seal, Surveys.Now));

        Assert.Equal("EmailAddress", Assert.Single(refused.Problems).Field);
        Assert.Null(link.Email);
    }

    [Fact]
    public void AnotherLinksToken_IsRefused() =>
        Assert.Throws<ArgumentException>(() => Surveys.Link().SendByEmail(SurveyEmails.Address, "another-token", SurveyEmails.Seal, Surveys.Now));

    [Fact]
    public void ALinkAlreadyGivenAnEmail_IsRefusedASecond()
    {
        var link = SurveyEmails.EmailedLink();

        Assert.Throws<DomainRuleException>(() => link.SendByEmail("other@example.com", Surveys.Token, SurveyEmails.Seal, Surveys.Now));
    }

    [Fact]
    public void AnExpiredLink_IsNotSent() =>
        Assert.Throws<SurveyClosedException>(() => Surveys.Link(validDays: 7).SendByEmail(SurveyEmails.Address, Surveys.Token, SurveyEmails.Seal, Surveys.Now.AddDays(7)));
}
