using EhcpQa.Web.Infrastructure.Forms;

namespace EhcpQa.Web.Tests.Infrastructure.Forms;

public sealed class DateInput_TryGetDate_ReadsRealDates
{
    [Theory]
    [InlineData("27", "3", "2015", 2015, 3, 27)]
    [InlineData(" 07 ", "03", "2015", 2015, 3, 7)]
    [InlineData("29", "2", "2024", 2024, 2, 29)]
    [InlineData("1", "Mar", "2015", 2015, 3, 1)]
    [InlineData("1", "september", "2015", 2015, 9, 1)]
    public void Accepts(string day, string month, string year, int y, int m, int d)
    {
        var input = new DateInput { Day = day, Month = month, Year = year };

        Assert.True(input.TryGetDate(out var date));
        Assert.Equal(new DateOnly(y, m, d), date);
    }

    [Theory]
    [InlineData("31", "2", "2015")]
    [InlineData("29", "2", "2023")]
    [InlineData("0", "1", "2015")]
    [InlineData("1", "13", "2015")]
    [InlineData("1", "1", "15")]
    [InlineData("1", "1", "20155")]
    [InlineData("1.5", "1", "2015")]
    [InlineData("-1", "1", "2015")]
    [InlineData("", "1", "2015")]
    [InlineData("1", "Ma", "2015")]
    [InlineData(null, null, null)]
    public void Refuses(string? day, string? month, string? year)
    {
        var input = new DateInput { Day = day, Month = month, Year = year };

        Assert.False(input.TryGetDate(out _));
    }
}

public sealed class DateInput_From_FillsThePartsOfADate
{
    [Fact]
    public void A_date_becomes_its_parts_without_leading_zeros()
    {
        var input = DateInput.From(new DateOnly(2015, 3, 7));

        Assert.Equal(("7", "3", "2015"), (input.Day, input.Month, input.Year));
        Assert.False(input.IsEmpty);
    }

    [Fact]
    public void No_date_is_empty()
    {
        var input = DateInput.From(null);

        Assert.True(input.IsEmpty);
        Assert.False(input.TryGetDate(out _));
    }
}
