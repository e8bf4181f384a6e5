using EhcpQa.Domain.Grades;

namespace EhcpQa.Domain.Frameworks;

/// <summary>What a grade means in a framework version: the points that describe a plan at that grade.</summary>
public sealed class GradeDescriptor
{
    private readonly List<string> _points = [];

    private GradeDescriptor()
    {
    }

    internal GradeDescriptor(Grade grade, IEnumerable<string> points)
    {
        Grade = grade;
        _points.AddRange(points.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()));
        if (_points.Count == 0)
        {
            throw new DomainRuleException($"The descriptor for {grade.Name} needs at least one point.");
        }
    }

    public int Id { get; private set; }

    public Grade Grade { get; private set; }

    public IReadOnlyList<string> Points => _points;
}
