using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Grades;

namespace EhcpQa.Domain.Tests.TestData;

/// <summary>Descriptor answers for a whole section of a framework version, in the shapes the tests need.</summary>
internal static class Answers
{
    /// <summary>Every descriptor met.</summary>
    public static Dictionary<int, DescriptorAnswer> AllYes(FrameworkVersion framework, SectionCode section) =>
        Each(framework, section, _ => DescriptorAnswer.Yes);

    /// <summary>No descriptor met.</summary>
    public static Dictionary<int, DescriptorAnswer> AllNo(FrameworkVersion framework, SectionCode section) =>
        Each(framework, section, _ => DescriptorAnswer.No);

    /// <summary>The first descriptor not met, every other one met.</summary>
    public static Dictionary<int, DescriptorAnswer> OneNo(FrameworkVersion framework, SectionCode section) =>
        Each(framework, section, d => d.Number == 1 ? DescriptorAnswer.No : DescriptorAnswer.Yes);

    /// <summary>N/A wherever the descriptor allows it, Yes elsewhere.</summary>
    public static Dictionary<int, DescriptorAnswer> NotApplicableWherePossible(FrameworkVersion framework, SectionCode section) =>
        Each(framework, section, d => d.AllowsNotApplicable ? DescriptorAnswer.NotApplicable : DescriptorAnswer.Yes);

    /// <summary>Answers to descriptors 1, 2, 3 … in the order given.</summary>
    public static Dictionary<int, DescriptorAnswer> Numbered(params DescriptorAnswer[] answers) =>
        answers.Select((answer, index) => (Number: index + 1, Answer: answer)).ToDictionary(a => a.Number, a => a.Answer);

    private static Dictionary<int, DescriptorAnswer> Each(FrameworkVersion framework, SectionCode section, Func<Descriptor, DescriptorAnswer> answer) =>
        framework.Section(section).Descriptors.ToDictionary(d => d.Number, answer);
}
