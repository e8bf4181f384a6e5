using EhcpQa.Domain.Plans;

namespace EhcpQa.Domain.Tests.Plans;

public class PlanFactNames
{
    [Fact]
    public void EverySettingType_HasADistinctName()
    {
        var names = Enum.GetValues<SettingType>().Select(s => s.Name()).ToList();

        Assert.All(names, name => Assert.False(string.IsNullOrWhiteSpace(name)));
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.Equal("Education other than at school", SettingType.EducationOtherThanAtSchool.Name());
    }

    [Theory]
    [InlineData(PlanStage.Draft, "Draft")]
    [InlineData(PlanStage.Final, "Final")]
    [InlineData(PlanStage.Amended, "Amended")]
    public void EachStage_HasItsName(PlanStage stage, string expected)
    {
        Assert.Equal(expected, stage.Name());
    }

    [Theory]
    [InlineData(VulnerableCohorts.ChildInCare, "Child in care")]
    [InlineData(VulnerableCohorts.ChildProtection, "Child protection")]
    [InlineData(VulnerableCohorts.YouthJustice, "Youth justice")]
    public void EachCohort_HasItsName(VulnerableCohorts cohort, string expected)
    {
        Assert.Equal(expected, cohort.Name());
    }
}
