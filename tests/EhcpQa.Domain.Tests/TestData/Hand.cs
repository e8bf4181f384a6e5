using EhcpQa.Domain.Grades;

namespace EhcpQa.Domain.Tests.TestData;

/// <summary>
/// Reads hand-worked tables: answers written "YN-" (Yes, No, N/A) and section grades written as the
/// digits on the scale ("2224": three Good sections and one Inadequate).
/// </summary>
internal static class Hand
{
    public static DescriptorAnswer[] Answers(string written) =>
        written.Select(c => c switch
        {
            'Y' => DescriptorAnswer.Yes,
            'N' => DescriptorAnswer.No,
            '-' => DescriptorAnswer.NotApplicable,
            _ => throw new ArgumentException($"'{c}' is not an answer: write Y, N or -.", nameof(written)),
        }).ToArray();

    public static Grade[] Grades(string written) =>
        written.Select(c => Grade.FromValue(c - '0')).ToArray();
}
