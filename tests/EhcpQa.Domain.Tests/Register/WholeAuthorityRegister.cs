using EhcpQa.Domain.Register;
using EhcpQa.Domain.Tests.TestData;

namespace EhcpQa.Domain.Tests.Register;

/// <summary>A whole authority's register is read as the rows come, in one pass.</summary>
public class WholeAuthorityRegister
{
    [Fact]
    public void FiftyThousandRows_AreReadInOnePass()
    {
        var passes = 0;
        IEnumerable<RegisterRow> Rows()
        {
            passes++;
            for (var i = 0; i < 50_000; i++)
            {
                yield return RegisterData.RowFor($"EHC/{i:D6}", i + 2, (RegisterField.Locality, i % 2 == 0 ? RegisterData.Locality : RegisterData.OtherLocality));
            }
        }

        var preview = RegisterData.Preview(Rows());

        Assert.Equal(1, passes);
        Assert.Equal((50_000, 50_000, 0), (preview.RowsRead, preview.Additions.Count, preview.RefusedRows));
    }
}
