namespace EhcpQa.Domain.Frameworks;

/// <summary>The sections of an EHCP, in the order they appear in a plan, and the plan overall.</summary>
public enum SectionCode
{
    A = 1,
    B,
    C,
    D,
    E,
    F,
    G,
    H1,
    H2,
    I,
    J,
    K,
    Overall,
}
