namespace EhcpQa.Domain.Frameworks;

/// <summary>One section of an EHCP as the SEND Code of Practice names it.</summary>
public sealed record PlanSection(SectionCode Code, string Title, bool IsStatutory)
{
    /// <summary>"Section B", or "The plan overall".</summary>
    public string Label => Code == SectionCode.Overall ? "The plan overall" : $"Section {Code}";
}

/// <summary>The fixed catalogue of EHCP sections A–K (H1 and H2 apart) and the plan overall.</summary>
public static class PlanSections
{
    public static IReadOnlyList<PlanSection> All { get; } =
    [
        new(SectionCode.A, "Views, interests and aspirations, and journey so far", true),
        new(SectionCode.B, "Special educational needs", true),
        new(SectionCode.C, "Health needs related to special educational needs", true),
        new(SectionCode.D, "Social care needs related to special educational needs", true),
        new(SectionCode.E, "Outcomes", true),
        new(SectionCode.F, "Special educational provision", true),
        new(SectionCode.G, "Health provision", true),
        new(SectionCode.H1, "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", true),
        new(SectionCode.H2, "Other social care provision", true),
        new(SectionCode.I, "Placement", true),
        new(SectionCode.J, "Personal budget", true),
        new(SectionCode.K, "Advice and information", true),
        new(SectionCode.Overall, "The plan overall", false),
    ];

    /// <summary>Sections A–K with H1 and H2: the parts of the plan itself, without the overall judgement.</summary>
    public static IReadOnlyList<PlanSection> Statutory { get; } = All.Where(s => s.IsStatutory).ToList();

    public static PlanSection Get(SectionCode code) => All.Single(s => s.Code == code);

    /// <summary>
    /// Reads a section code by its name ("B", "h1", "Overall"). Numbers and combinations such as "1" or
    /// "A,B" are not section codes, although <see cref="Enum.TryParse{TEnum}(string?, bool, out TEnum)"/> accepts them.
    /// </summary>
    public static bool TryParse(string? text, out SectionCode code)
    {
        var name = text?.Trim();
        foreach (var section in All)
        {
            if (string.Equals(section.Code.ToString(), name, StringComparison.OrdinalIgnoreCase))
            {
                code = section.Code;
                return true;
            }
        }

        code = default;
        return false;
    }
}
