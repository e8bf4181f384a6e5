namespace EhcpQa.Domain.Plans;

/// <summary>Where a plan is in its life: drafted, issued as final, or amended after an annual review.</summary>
public enum PlanStage
{
    Draft = 1,
    Final,
    Amended,
}

/// <summary>Vulnerable cohorts that thematic audits focus on. A plan may be in several.</summary>
[Flags]
public enum VulnerableCohorts
{
    None = 0,
    ChildInCare = 1,
    ChildProtection = 2,
    YouthJustice = 4,
    ElectiveHomeEducation = 8,
}

public static class PlanStageNames
{
    public static string Name(this PlanStage stage) => stage switch
    {
        PlanStage.Draft => "Draft",
        PlanStage.Final => "Final",
        PlanStage.Amended => "Amended",
        _ => stage.ToString(),
    };

    public static string Name(this VulnerableCohorts cohort) => cohort switch
    {
        VulnerableCohorts.ChildInCare => "Child in care",
        VulnerableCohorts.ChildProtection => "Child protection",
        VulnerableCohorts.YouthJustice => "Youth justice",
        VulnerableCohorts.ElectiveHomeEducation => "Elective home education",
        _ => cohort.ToString(),
    };

    public static IEnumerable<VulnerableCohorts> Each(this VulnerableCohorts cohorts) =>
        new[] { VulnerableCohorts.ChildInCare, VulnerableCohorts.ChildProtection, VulnerableCohorts.YouthJustice, VulnerableCohorts.ElectiveHomeEducation }
            .Where(c => cohorts.HasFlag(c));
}
