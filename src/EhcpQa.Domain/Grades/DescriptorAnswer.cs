namespace EhcpQa.Domain.Grades;

/// <summary>An auditor's answer to one descriptor of good practice.</summary>
public enum DescriptorAnswer
{
    Yes = 1,
    No = 2,
    NotApplicable = 3,
}
