using EhcpQa.Domain.Quality;
using EhcpQa.Domain.Staff;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Quality;

/// <summary>A caseworker sees their own figures; a locality manager their locality's caseworkers'; a QA lead everyone's; no one else any.</summary>
public class QualityFiguresVisibility
{
    [Fact]
    public void ACaseworker_SeesOnlyTheirOwn()
    {
        var caseworker = People.Caseworker("ann", 1);

        Assert.True(QualityAccess.MaySee(caseworker, "ann", 1));
        Assert.False(QualityAccess.MaySee(caseworker, "bo", 1));
        Assert.False(QualityAccess.SeesCaseworkers(caseworker));
    }

    [Fact]
    public void ALocalityManager_SeesTheirLocalitysCaseworkers_Only()
    {
        var manager = People.LocalityManager("manager", 1);

        Assert.True(QualityAccess.SeesCaseworkers(manager));
        Assert.True(QualityAccess.MaySee(manager, "ann", 1));
        Assert.False(QualityAccess.MaySee(manager, "eve", 2));
        Assert.False(QualityAccess.MaySee(manager, "nobody", null));
    }

    [Fact]
    public void AQaLead_SeesEveryCaseworker()
    {
        Assert.True(QualityAccess.MaySee(People.QaLead(), "eve", 2));
        Assert.True(QualityAccess.SeesCaseworkers(People.QaLead()));
    }

    [Theory]
    [InlineData(StaffRole.BoardMember)]
    [InlineData(StaffRole.PanelMember)]
    [InlineData(StaffRole.Administrator)]
    public void OtherRoles_SeeNone(string role)
    {
        var someone = People.WithRole(role, "ann", 1);

        Assert.False(QualityAccess.MaySeeAny(someone));
        Assert.False(QualityAccess.MaySee(someone, "ann", 1));
    }
}
