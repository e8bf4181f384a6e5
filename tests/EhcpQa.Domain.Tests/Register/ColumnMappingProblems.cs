using EhcpQa.Domain.Register;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Register;

/// <summary>A mapping reads a file only when every required field has a column of the file, and each column one field.</summary>
public class ColumnMappingProblems
{
    [Fact]
    public void AMappingOfEveryField_HasNoProblems()
    {
        Assert.Empty(RegisterData.Mapping.Problems(RegisterData.Headings));
    }

    [Fact]
    public void ARequiredFieldWithNoColumn_IsAProblem_ButAnOptionalOneIsNot()
    {
        var columns = RegisterData.Mapping.Columns.Where(c => c.Key is not (RegisterField.Reference or RegisterField.Cohorts))
            .ToDictionary(c => c.Key, c => c.Value);

        var problems = new RegisterColumnMapping(columns).Problems(RegisterData.Headings);

        Assert.Equal([new Problem("Reference", "Choose the column that holds the plan reference")], problems);
    }

    [Fact]
    public void AHeadingTheFileDoesNotHave_IsAProblem()
    {
        var columns = RegisterData.Mapping.Columns.ToDictionary(c => c.Key, c => c.Value);
        columns[RegisterField.Locality] = "Patch";

        var problem = Assert.Single(new RegisterColumnMapping(columns).Problems(RegisterData.Headings));

        Assert.Equal("Locality", problem.Field);
        Assert.Contains("'Patch'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OneHeadingForTwoFields_IsAProblem_NamingBoth()
    {
        var columns = RegisterData.Mapping.Columns.ToDictionary(c => c.Key, c => c.Value);
        columns[RegisterField.SettingName] = "Setting type";

        var problem = Assert.Single(new RegisterColumnMapping(columns).Problems(RegisterData.Headings));

        Assert.Equal(new Problem("SettingName", "Choose a different column for each field: 'Setting type' is chosen for Type of setting and Name of setting"), problem);
    }

    [Fact]
    public void APreviewWithAMappingThatCannotReadTheFile_IsRefused()
    {
        var mapping = new RegisterColumnMapping(new Dictionary<RegisterField, string> { [RegisterField.Reference] = "Ref" });

        var refused = Assert.Throws<DomainRuleException>(() =>
            RegisterImportPreview.Of(RegisterData.Headings, mapping, [RegisterData.Row()], RegisterData.Lookups(), PlanData.Today));

        Assert.Contains(refused.Problems, p => p.Field == "ChildInitials");
    }
}
