using EhcpQa.Domain.Staff;

namespace EhcpQa.Domain.Tests.Staff;

public class StaffRoleNames
{
    [Fact]
    public void All_ListsTheSevenRolesOnce()
    {
        Assert.Equal(
            [StaffRole.Caseworker, StaffRole.LocalityManager, StaffRole.QaLead, StaffRole.PanelMember, StaffRole.BoardMember, StaffRole.Administrator, StaffRole.AgencyLead],
            StaffRole.All);
    }

    [Theory]
    [InlineData(StaffRole.Caseworker, "Caseworker")]
    [InlineData(StaffRole.LocalityManager, "Locality manager")]
    [InlineData(StaffRole.QaLead, "QA lead")]
    [InlineData(StaffRole.PanelMember, "Panel member")]
    [InlineData(StaffRole.BoardMember, "Board member")]
    [InlineData(StaffRole.Administrator, "Administrator")]
    [InlineData(StaffRole.AgencyLead, "Agency lead")]
    public void Name_IsReadable(string role, string expected)
    {
        Assert.Equal(expected, StaffRole.Name(role));
    }

    [Fact]
    public void EveryRole_HasADescription()
    {
        Assert.All(StaffRole.All, role => Assert.False(string.IsNullOrWhiteSpace(StaffRole.Describe(role))));
        Assert.Equal(StaffRole.All.Count, StaffRole.All.Select(StaffRole.Describe).Distinct().Count());
    }

    [Fact]
    public void UnknownRole_NameIsTheRoleAndDescriptionEmpty()
    {
        Assert.Equal("Auditor", StaffRole.Name("Auditor"));
        Assert.Equal(string.Empty, StaffRole.Describe("Auditor"));
    }

    [Fact]
    public void StoredRoleNames_NeverChange()
    {
        Assert.Equal("Caseworker", StaffRole.Caseworker);
        Assert.Equal("LocalityManager", StaffRole.LocalityManager);
        Assert.Equal("QaLead", StaffRole.QaLead);
        Assert.Equal("PanelMember", StaffRole.PanelMember);
        Assert.Equal("BoardMember", StaffRole.BoardMember);
        Assert.Equal("Administrator", StaffRole.Administrator);
    }
}
