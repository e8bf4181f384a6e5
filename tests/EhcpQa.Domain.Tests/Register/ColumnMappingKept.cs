using EhcpQa.Domain.Register;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Register;

/// <summary>A mapping is kept as JSON for the next import, and read back tolerantly.</summary>
public class ColumnMappingKept
{
    [Fact]
    public void AMapping_ReadsBackFromItsJson_Unchanged()
    {
        var json = RegisterData.Mapping.ToJson();

        var read = RegisterColumnMapping.FromJson(json);

        Assert.Equal(RegisterData.Mapping.Columns.OrderBy(c => c.Key), read.Columns.OrderBy(c => c.Key));
        Assert.Contains("\"Reference\":\"Ref\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownFieldsAndValuesThatAreNotText_AreIgnored()
    {
        var read = RegisterColumnMapping.FromJson("""{"Reference":"Ref","Shoe size":"Shoes","Locality":3,"Status":"Status"}""");

        Assert.Equal(2, read.Columns.Count);
        Assert.Equal("Ref", read.HeadingFor(RegisterField.Reference));
        Assert.Equal("Status", read.HeadingFor(RegisterField.Status));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1, 2]")]
    [InlineData("")]
    public void JsonThatCannotBeRead_GivesAnEmptyMapping(string json)
    {
        Assert.Empty(RegisterColumnMapping.FromJson(json).Columns);
    }

    [Fact]
    public void BlankHeadings_AreDropped_AndHeadingsTrimmed()
    {
        var mapping = new RegisterColumnMapping(new Dictionary<RegisterField, string>
        {
            [RegisterField.Reference] = "  Ref ",
            [RegisterField.Locality] = "   ",
        });

        Assert.Equal("Ref", mapping.HeadingFor(RegisterField.Reference));
        Assert.Null(mapping.HeadingFor(RegisterField.Locality));
    }
}
