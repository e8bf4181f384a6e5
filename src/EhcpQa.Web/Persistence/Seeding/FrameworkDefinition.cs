using System.Text.Json;
using System.Text.Json.Serialization;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;

namespace EhcpQa.Web.Persistence.Seeding;

/// <summary>
/// A framework version as it is written in a data file (see Frameworks/*.json): the form in which a
/// framework is shipped with the product and could be brought in by a QA lead.
/// </summary>
public sealed record FrameworkDefinition(
    FrameworkDefinition.FrameworkPart Framework,
    FrameworkDefinition.VersionPart Version,
    IReadOnlyList<FrameworkDefinition.StandardPart> QualityStandards,
    IReadOnlyList<FrameworkDefinition.GradeDescriptorPart> GradeDescriptors,
    IReadOnlyList<FrameworkDefinition.SectionPart> Sections)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static FrameworkDefinition Read(Stream json) =>
        JsonSerializer.Deserialize<FrameworkDefinition>(json, JsonOptions)
        ?? throw new InvalidDataException("The framework file is empty.");

    /// <summary>Builds the framework with this definition as its first version, published at <paramref name="at"/>.</summary>
    public Framework ToFramework(DateTimeOffset at)
    {
        var framework = new Framework(Framework.Key, Framework.Name);
        var version = framework.StartFirstVersion(Version.Title, Version.Source, Version.Scheme);
        foreach (var standard in QualityStandards)
        {
            version.AddQualityStandard(standard.Number, standard.Title, standard.Text);
        }

        foreach (var descriptor in GradeDescriptors)
        {
            version.DescribeGrade(Grade.FromValue(descriptor.Grade), descriptor.Points);
        }

        foreach (var section in Sections)
        {
            version.AddSection(section.Code, section.Title, section.Prompts);
            foreach (var descriptor in section.Descriptors)
            {
                version.AddDescriptor(section.Code, descriptor.Number, descriptor.Text, descriptor.Applicability, descriptor.QualityStandard);
            }
        }

        version.Publish(at);
        return framework;
    }

    public sealed record FrameworkPart(string Key, string Name);

    public sealed record VersionPart(int Number, string Title, string Source, ScoringScheme Scheme);

    public sealed record StandardPart(int Number, string Title, string Text);

    public sealed record GradeDescriptorPart(int Grade, IReadOnlyList<string> Points);

    public sealed record SectionPart(SectionCode Code, string Title, bool Statutory, IReadOnlyList<string> Prompts, IReadOnlyList<DescriptorPart> Descriptors);

    public sealed record DescriptorPart(int Number, string Text, DescriptorApplicability Applicability, int? QualityStandard);
}
