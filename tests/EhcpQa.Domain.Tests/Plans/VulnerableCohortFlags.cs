using EhcpQa.Domain.Plans;

namespace EhcpQa.Domain.Tests.Plans;

public class VulnerableCohortFlags
{
    [Fact]
    public void Each_None_IsEmpty()
    {
        Assert.Empty(VulnerableCohorts.None.Each());
    }

    [Fact]
    public void Each_SeveralCohorts_ListsEachOnceInOrder()
    {
        var cohorts = VulnerableCohorts.YouthJustice | VulnerableCohorts.ChildInCare;

        Assert.Equal([VulnerableCohorts.ChildInCare, VulnerableCohorts.YouthJustice], cohorts.Each());
    }

    [Fact]
    public void Each_AllCohorts_ListsAllThree()
    {
        var all = VulnerableCohorts.ChildInCare | VulnerableCohorts.ChildProtection | VulnerableCohorts.YouthJustice;

        Assert.Equal([VulnerableCohorts.ChildInCare, VulnerableCohorts.ChildProtection, VulnerableCohorts.YouthJustice], all.Each());
    }

    [Fact]
    public void ElectiveHomeEducation_IsACohort_ListedLast()
    {
        var cohorts = VulnerableCohorts.ElectiveHomeEducation | VulnerableCohorts.ChildInCare;

        Assert.Equal([VulnerableCohorts.ChildInCare, VulnerableCohorts.ElectiveHomeEducation], cohorts.Each());
        Assert.Equal("Elective home education", VulnerableCohorts.ElectiveHomeEducation.Name());
    }
}
