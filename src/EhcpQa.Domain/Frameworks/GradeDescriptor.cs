using EhcpQa.Domain.Grading;

namespace EhcpQa.Domain.Frameworks;

/// <summary>What a grade means in a framework version: the points that describe a plan at that grade.</summary>
public sealed class GradeDescriptor
{
    private GradeDescriptor()
    {
        Points = [];
    }

    internal GradeDescriptor(Grade grade, IEnumerable<string> points)
    {
        Grade = grade;
        Points = points.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).ToList();
        if (Points.Count == 0)
        {
            throw new DomainRuleException($"The descriptor for {grade.Name} needs at least one point.");
        }
    }

    public int Id { get; private set; }

    public Grade Grade { get; private set; }

    public List<string> Points { get; private set; }
}
