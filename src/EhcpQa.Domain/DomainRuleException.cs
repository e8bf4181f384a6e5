namespace EhcpQa.Domain;

/// <summary>
/// Thrown when an operation would break a rule of the domain (an invalid transition, a change to
/// something that may no longer change, details that break the rules). It carries every
/// <see cref="Problem"/> found; its message joins them, written for the person who tried it.
/// </summary>
public class DomainRuleException : Exception
{
    public DomainRuleException(string message) : base(message) => Problems = [Problem.General(message)];

    public DomainRuleException(string message, Exception innerException) : base(message, innerException) => Problems = [Problem.General(message)];

    public DomainRuleException() => Problems = [];

    public DomainRuleException(IEnumerable<Problem> problems) : this(problems.ToList())
    {
    }

    private DomainRuleException(List<Problem> problems) : base(Describe(problems)) => Problems = problems;

    /// <summary>Every reason the operation was refused.</summary>
    public IReadOnlyList<Problem> Problems { get; }

    /// <summary>Refuses the operation when there is any problem; does nothing when there is none.</summary>
    public static void ThrowIfAny(IEnumerable<Problem> problems)
    {
        var found = problems.ToList();
        if (found.Count > 0)
        {
            throw new DomainRuleException(found);
        }
    }

    private static string Describe(List<Problem> problems) => string.Join(" ", problems.Select(p =>
    {
        var message = p.Message.TrimEnd();
        return message.EndsWith('.') || message.EndsWith('?') || message.EndsWith('!') ? message : message + ".";
    }));
}
