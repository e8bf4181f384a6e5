using System.Text;
using System.Text.Json.Nodes;
using EhcpQa.Web.Persistence.Frameworks;

namespace EhcpQa.Web.Tests.Frameworks;

/// <summary>A framework file with problems gives no form and every problem with its place in the file.</summary>
public sealed class FrameworkFileProblemsTests
{
    private const string Valid = """
        {
          "format": 2,
          "framework": { "key": "points-audit", "name": "Points audit" },
          "version": { "title": "Points audit 2027", "assesses": "plan" },
          "answerScales": [
            { "key": "levels", "options": [ { "value": "0", "label": "Not evident", "points": 0 }, { "value": "1", "label": "Partly", "points": 1 }, { "value": "2", "label": "Fully", "points": 2 } ] }
          ],
          "gradeScale": { "best": "first", "grades": [ { "value": "1", "name": "Outstanding" }, { "value": "2", "name": "Good" }, { "value": "3", "name": "Weak" } ], "passBar": "2" },
          "sections": [
            { "code": "A", "title": "Views", "items": [ { "text": "Views are in the child's own words.", "answers": "levels" } ] },
            { "code": "B", "title": "Needs", "items": [ { "text": "Needs are described, not provision.", "answers": "levels" }, { "text": "Strengths are described.", "answers": "levels" } ] }
          ],
          "sectionGrades": { "mode": "banded", "bands": [ { "grade": "1", "from": 85 }, { "grade": "2", "from": 65 }, { "grade": "3", "from": 0 } ] }
        }
        """;

    private static FrameworkFileReading ReadChanged(Action<JsonObject> change)
    {
        var file = JsonNode.Parse(Valid)!.AsObject();
        change(file);
        return FrameworkFile.Read(Encoding.UTF8.GetBytes(file.ToJsonString()));
    }

    private static List<string> PlacesOf(FrameworkFileReading reading)
    {
        Assert.False(reading.Succeeded);
        Assert.Null(reading.Form);
        return reading.Problems.Select(p => p.Field).ToList();
    }

    [Fact]
    public void TheValidFile_Reads()
    {
        Assert.True(FrameworkFile.Read(Encoding.UTF8.GetBytes(Valid)).Succeeded);
    }

    [Fact]
    public void AFieldOfTheWrongType_IsPlacedAtTheField()
    {
        var reading = ReadChanged(f => f["answerScales"]![0]!["options"]![1]!["points"] = "one");

        Assert.Equal(["answerScales[0].options[1].points"], PlacesOf(reading));
        Assert.Contains("a number", reading.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingField_IsPlacedWhereItBelongs()
    {
        var reading = ReadChanged(f => f["sections"]![1]!["items"]![0]!.AsObject().Remove("answers"));

        Assert.Equal(["sections[1].items[0].answers"], PlacesOf(reading));
    }

    [Fact]
    public void AFieldTheFormatDoesNotKnow_IsNamed()
    {
        var reading = ReadChanged(f => f["sections"]![0]!["items"]![0]!["weight"] = 3);

        var problem = Assert.Single(reading.Problems);
        Assert.StartsWith("sections[0].items[0]", problem.Field, StringComparison.Ordinal);
        Assert.Contains("\"weight\"", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AValueOutsideAFieldsFixedValues_ListsTheValuesItTakes()
    {
        var reading = ReadChanged(f => f["version"]!["assesses"] = "report");

        Assert.Equal(["version.assesses"], PlacesOf(reading));
        Assert.Contains("\"familySurvey\"", reading.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheFormsOwnRules_ArePlacedInTheFile()
    {
        var reading = ReadChanged(f =>
        {
            f["sections"]![1]!["items"]![1]!["answers"] = "stars";
            f["sections"]![1]!["code"] = "a";
            f["sectionGrades"]!["bands"]![1]!["from"] = 90;
        });

        Assert.Equal(["sections[1].code", "sections[1].items[1].answers", "sectionGrades.bands[1].from"], PlacesOf(reading));
    }

    [Fact]
    public void ABandWithBothThresholds_IsRefusedOnce()
    {
        var reading = ReadChanged(f => f["sectionGrades"]!["bands"]![0]!["above"] = 90);

        Assert.Equal(["sectionGrades.bands[0]"], PlacesOf(reading));
    }

    [Fact]
    public void AFileOfAnotherFormat_IsRefusedForItsFormat()
    {
        Assert.Equal(["format"], PlacesOf(ReadChanged(f => f["format"] = 1)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json at all")]
    [InlineData("[1, 2, 3]")]
    [InlineData("{ \"format\": 2, ")]
    public void AFileThatIsNotAFrameworkFile_IsRefusedAsAWhole(string content)
    {
        var reading = FrameworkFile.Read(Encoding.UTF8.GetBytes(content));

        var problem = Assert.Single(reading.Problems);
        Assert.Equal(string.Empty, problem.Field);
    }

    [Fact]
    public async Task AFileLargerThanAnyFramework_IsRefusedWithoutReadingItAll()
    {
        await using var huge = new MemoryStream(new byte[FrameworkFile.MaxBytes + 1]);

        var reading = await FrameworkFile.ReadAsync(huge, TestContext.Current.CancellationToken);

        Assert.Contains("larger than", Assert.Single(reading.Problems).Message, StringComparison.Ordinal);
    }
}
