using EhcpQa.Domain.Plans;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Plans;

/// <summary>"Today" is <see cref="PlanData.Today"/>, 2 March 2026.</summary>
public class PlanRegistrationRefusal
{
    [Theory]
    [InlineData("Jane Smith")]
    [InlineData("Janet")]
    [InlineData("J5")]
    [InlineData("123")]
    [InlineData("ABCDE")]
    [InlineData("J.S.")]
    [InlineData("J S")]
    [InlineData("J-S")]
    [InlineData("")]
    [InlineData("   ")]
    public void InitialsNotOneToFourLetters_AreRefused(string initials)
    {
        var thrown = Assert.Throws<DomainRuleException>(() => PlanData.Register(PlanData.Details() with { ChildIdentifier = initials }));

        Assert.Contains("initials", thrown.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-03-03")]
    [InlineData("2027-01-01")]
    public void DateOfBirthInTheFuture_IsRefused(string dateOfBirth)
    {
        var details = PlanData.Details() with { DateOfBirth = Dates.Parse(dateOfBirth), RequestDate = PlanData.Today };

        var thrown = Assert.Throws<DomainRuleException>(() => PlanData.Register(details));

        Assert.Contains("Date of birth must be today or in the past", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BornToday_IsAccepted()
    {
        var plan = PlanData.Register(PlanData.Details() with { DateOfBirth = PlanData.Today, RequestDate = PlanData.Today });

        Assert.Equal(PlanData.Today, plan.DateOfBirth);
    }

    [Theory]
    [InlineData("2000-03-02")]
    [InlineData("1999-12-31")]
    [InlineData("1980-06-01")]
    public void AgedOver25_IsRefused(string dateOfBirth)
    {
        var thrown = Assert.Throws<DomainRuleException>(() => PlanData.Register(PlanData.Details() with { DateOfBirth = Dates.Parse(dateOfBirth) }));

        Assert.Contains("aged 25 or under", thrown.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2000-03-03")]
    [InlineData("2001-03-02")]
    public void Aged25_IsAccepted(string dateOfBirth)
    {
        var plan = PlanData.Register(PlanData.Details() with { DateOfBirth = Dates.Parse(dateOfBirth) });

        Assert.Equal(Dates.Parse(dateOfBirth), plan.DateOfBirth);
    }

    [Theory]
    [InlineData("2016-05-13")]
    [InlineData("2010-01-01")]
    public void RequestDateBeforeDateOfBirth_IsRefused(string requestDate)
    {
        var details = PlanData.Details() with { DateOfBirth = new DateOnly(2016, 5, 14), RequestDate = Dates.Parse(requestDate) };

        var thrown = Assert.Throws<DomainRuleException>(() => PlanData.Register(details));

        Assert.Contains("Request date", thrown.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-03-03")]
    [InlineData("2026-12-25")]
    public void RequestDateInTheFuture_IsRefused(string requestDate)
    {
        var thrown = Assert.Throws<DomainRuleException>(() => PlanData.Register(PlanData.Details() with { RequestDate = Dates.Parse(requestDate) }));

        Assert.Contains("Request date must be today or in the past", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RequestDateToday_IsAccepted()
    {
        var plan = PlanData.Register(PlanData.Details() with { RequestDate = PlanData.Today });

        Assert.Equal(PlanData.Today, plan.RequestDate);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void EmptyReference_IsRefused(string reference)
    {
        var thrown = Assert.Throws<DomainRuleException>(() => PlanData.Register(PlanData.Details() with { Reference = reference }));

        Assert.Contains("Enter the plan's reference", thrown.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("EHC 001")]
    [InlineData("#123")]
    [InlineData("-123")]
    [InlineData("/123")]
    [InlineData("EHC_001")]
    [InlineData("1234567890123456789012345678901")]
    public void MalformedReference_IsRefused(string reference)
    {
        var thrown = Assert.Throws<DomainRuleException>(() => PlanData.Register(PlanData.Details() with { Reference = reference }));

        Assert.Contains("letters, numbers, hyphens or slashes", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReferenceOfMaximumLength_IsAccepted()
    {
        var reference = new string('A', Plan.ReferenceMaxLength);

        var plan = PlanData.Register(PlanData.Details() with { Reference = reference });

        Assert.Equal(reference, plan.Reference);
    }

    [Fact]
    public void UnknownNeedSettingLocalityOrCaseworker_AreRefused()
    {
        Assert.Throws<DomainRuleException>(() => PlanData.Register(PlanData.Details() with { PrimaryNeed = (NeedType)0 }));
        Assert.Throws<DomainRuleException>(() => PlanData.Register(PlanData.Details() with { Setting = (SettingType)99 }));
        Assert.Throws<DomainRuleException>(() => PlanData.Register(PlanData.Details(localityId: 0)));
        Assert.Throws<DomainRuleException>(() => PlanData.Register(PlanData.Details(caseworkerId: " ")));
    }

    [Fact]
    public void SeveralProblems_AreAllInTheMessage()
    {
        var details = PlanData.Details() with { Reference = "", ChildIdentifier = "Jane Smith" };

        var thrown = Assert.Throws<DomainRuleException>(() => PlanData.Register(details));

        Assert.Contains("Enter the plan's reference", thrown.Message, StringComparison.Ordinal);
        Assert.Contains("Enter the child's initials", thrown.Message, StringComparison.Ordinal);
    }
}
