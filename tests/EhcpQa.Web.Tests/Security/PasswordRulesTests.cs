using EhcpQa.Web.Infrastructure.Security;

namespace EhcpQa.Web.Tests.Security;

/// <summary>
/// A password is long enough, not too long, of any characters, and not easy to guess: common passwords (however
/// long) and the person's own name are refused; a phrase of unrelated words passes without capitals or numbers.
/// </summary>
public sealed class PasswordRulesTests
{
    [Theory]
    [InlineData("Password1234")]
    [InlineData("passwordpassword")]
    [InlineData("qwertyuiopasdfgh")]
    [InlineData("1234567890123456")]
    [InlineData("iloveyouiloveyou")]
    [InlineData("Password12345678")]
    [InlineData("P@ssw0rdP@ssw0rd")]
    public void ACommonPasswordOrAVariantOfOne_IsRefused(string password) =>
        Assert.NotNull(PasswordRules.ProblemWith(password));

    [Theory]
    [InlineData("heron quiet canal lock")]
    [InlineData("purple tractor sings at dawn")]
    [InlineData("First-Administrator-Pass-2026")]
    [InlineData("Change-me-at-first-sign-in-1")] // docker-compose.yml's default first administrator
    [InlineData("A much longer pass phrase 2026")]
    public void ALongPhraseOfUnrelatedWords_IsAccepted_WithoutCapitalsOrNumbers(string password) =>
        Assert.Null(PasswordRules.ProblemWith(password));

    [Fact]
    public void APasswordMadeOfThePersonsOwnName_IsRefused() =>
        Assert.NotNull(PasswordRules.ProblemWith("alexandramorgan2026", "alexandra.morgan@ehcpqa.test", "Alexandra Morgan"));

    [Fact]
    public void FourteenCharacters_AreTooFew_AndMoreThan128_TooMany()
    {
        Assert.Contains("at least 15", PasswordRules.ProblemWith("tractor sings!"), StringComparison.Ordinal);
        Assert.Null(PasswordRules.ProblemWith(new string('x', 39) + " purple tractor sings at dawn " + new string('y', 59)));
        Assert.Contains("128 characters or fewer", PasswordRules.ProblemWith(new string('x', 100) + " purple tractor sings at dawn"), StringComparison.Ordinal);
    }
}
