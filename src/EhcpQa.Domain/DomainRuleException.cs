namespace EhcpQa.Domain;

/// <summary>
/// Thrown when an operation would break a rule of the domain (an invalid transition, a change to
/// something that may no longer change). The message is written for the person who tried it.
/// </summary>
public class DomainRuleException : Exception
{
    public DomainRuleException(string message) : base(message)
    {
    }

    public DomainRuleException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public DomainRuleException()
    {
    }
}
