using EhcpQa.Domain.Grades;

namespace EhcpQa.Domain.Agreement;

/// <summary>One grader's grade for one unit.</summary>
public sealed record Rating(string GraderId, Grade Grade);
