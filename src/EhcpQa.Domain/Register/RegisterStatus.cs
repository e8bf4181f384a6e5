using EhcpQa.Domain.Plans;

namespace EhcpQa.Domain.Register;

/// <summary>A plan's status as the authority's register gives it.</summary>
public enum RegisterStatus
{
    Draft = 1,
    Final,
    Amended,
    Ceased,
}

public static class RegisterStatuses
{
    /// <summary>The status in running text ("draft", "final", "amended", "ceased").</summary>
    public static string Name(this RegisterStatus status) => status switch
    {
        RegisterStatus.Draft => "draft",
        RegisterStatus.Final => "final",
        RegisterStatus.Amended => "amended",
        RegisterStatus.Ceased => "ceased",
        _ => status.ToString(),
    };

    /// <summary>The stage a plan with this status is at: a ceased plan was issued, so it is final.</summary>
    public static PlanStage Stage(this RegisterStatus status) => status switch
    {
        RegisterStatus.Draft => PlanStage.Draft,
        RegisterStatus.Amended => PlanStage.Amended,
        _ => PlanStage.Final,
    };
}
