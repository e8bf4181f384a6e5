using System.Text;
using EhcpQa.Domain.Frameworks.Forms;
using EhcpQa.Web.Persistence.Frameworks;
using EhcpQa.Web.Persistence.Seeding;

namespace EhcpQa.Web.Tests.Frameworks;

/// <summary>Every example framework reads without a problem, and writing a form then reading it back gives the same form.</summary>
public sealed class FrameworkFileRoundTripTests
{
    public static TheoryData<string> Examples() =>
        new(Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Features", "Frameworks", "Examples"), "*.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Examples))]
    public void EachExample_ReadsWithoutAProblem_AndComesBackTheSameAfterWritingAndReading(string name)
    {
        var reading = FrameworkFile.Read(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Features", "Frameworks", "Examples", name)));

        Assert.True(reading.Succeeded, string.Join(Environment.NewLine, reading.Problems.Select(p => $"{p.Field}: {p.Message}")));
        AssertComesBackTheSame(reading.Form!);
    }

    [Fact]
    public void TheShippedFramework_ReadsAsAFormOfTheOneToFourScheme_AndComesBackTheSame()
    {
        var reading = FrameworkFile.Read(File.ReadAllBytes(Path.Combine(DatabaseInitialiser.FrameworksFolder, "wirral-shropshire-2023.json")));

        Assert.True(reading.Succeeded, string.Join(Environment.NewLine, reading.Problems.Select(p => $"{p.Field}: {p.Message}")));
        var form = reading.Form!;
        Assert.Empty(GradeOneToFourForm.Misfits(form));
        Assert.Equal(12, form.Sections.Count);
        Assert.Equal(5, form.QualityStandards.Count);
        Assert.All(form.GradeScale!.Grades, g => Assert.NotEmpty(g.Descriptors));
        AssertComesBackTheSame(form);
    }

    [Fact]
    public void TheShippedFamilySurvey_ReadsAsASurveyOfRatingsAndFreeText_AndComesBackTheSame()
    {
        var reading = FrameworkFile.Read(File.ReadAllBytes(Path.Combine(DatabaseInitialiser.FrameworksFolder, "family-survey.json")));

        Assert.True(reading.Succeeded, string.Join(Environment.NewLine, reading.Problems.Select(p => $"{p.Field}: {p.Message}")));
        var form = reading.Form!;
        Assert.Equal(AssessedDocument.FamilySurvey, form.Assesses);
        Assert.Equal(["Your child's plan", "Being listened to", "Overall"], form.Sections.Select(s => s.Title));
        Assert.Equal(["1", "2", "3", "4", "5"], form.Scale("agree-1-5")!.Options.Select(o => o.Value));
        Assert.All(form.Sections.SelectMany(s => s.Items), i => Assert.False(string.IsNullOrWhiteSpace(i.Guidance)));
        AssertComesBackTheSame(form);
    }

    [Fact]
    public void ItemsWithoutCodes_AreNumberedInTheirSection_AndKeepTheirNumbersAfterAWriteAndRead()
    {
        var file = """
            { "format": 2, "framework": { "key": "numbered", "name": "Numbered" },
              "version": { "title": "Numbered 2027", "assesses": "plan" },
              "answerScales": [ { "key": "yes-no", "options": [ { "value": "yes", "label": "Yes", "points": 1 }, { "value": "no", "label": "No", "points": 0 } ] } ],
              "sections": [ { "code": "A", "title": "Views", "items": [ { "text": "One", "answers": "yes-no" }, { "text": "Two", "answers": "yes-no" } ] } ] }
            """;

        var form = FrameworkFile.Read(Encoding.UTF8.GetBytes(file)).Form!;

        Assert.Equal(["1", "2"], form.Sections[0].Items.Select(i => i.Code));
        Assert.Equal(["1", "2"], FrameworkFile.Read(FrameworkFile.Write(form)).Form!.Sections[0].Items.Select(i => i.Code));
    }

    private static void AssertComesBackTheSame(FrameworkForm form)
    {
        var written = FrameworkFile.Write(form);
        var reading = FrameworkFile.Read(written);

        Assert.True(reading.Succeeded, string.Join(Environment.NewLine, reading.Problems.Select(p => $"{p.Field}: {p.Message}")));
        Assert.Equal(Encoding.UTF8.GetString(written), Encoding.UTF8.GetString(FrameworkFile.Write(reading.Form!)));
        Assert.Equal(form.Sections.SelectMany(s => s.Items), reading.Form!.Sections.SelectMany(s => s.Items));
        Assert.Equal(form.AnswerScales.SelectMany(s => s.Options), reading.Form.AnswerScales.SelectMany(s => s.Options));
    }
}
