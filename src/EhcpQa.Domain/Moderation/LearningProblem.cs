namespace EhcpQa.Domain.Moderation;

/// <summary>A reason a theme, a row of the summary of learning or an action cannot be recorded, keyed by the detail it concerns.</summary>
public sealed record LearningProblem(string Detail, string Message);
