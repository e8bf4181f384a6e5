namespace EhcpQa.Domain.Grades;

/// <summary>
/// The grade the framework's descriptors point to, so graders start from the same place and any
/// departure from it is explained. The rules are written down in docs/grading-rules.md:
/// <list type="bullet">
/// <item>Section: every applicable descriptor met (Yes, or N/A where allowed) → Good. Any descriptor not
/// met → Requires improvement. Half or more of the applicable descriptors not met → Inadequate.
/// Outstanding goes beyond the descriptors of good practice, so it is always the grader's reasoned call.</item>
/// <item>Overall: start from the overall section's own descriptors, then cap by the sections: any
/// statutory section Inadequate keeps the plan below Good (at best Requires improvement); three or more
/// Inadequate sections, or half or more below Good, make the plan Inadequate; any section Requires
/// improvement keeps the plan at best Good.</item>
/// </list>
/// </summary>
public static class GradeSuggestion
{
    public const int InadequateSectionsForInadequatePlan = 3;

    public static Grade ForSection(IReadOnlyCollection<DescriptorAnswer> answers)
    {
        var applicable = answers.Count(a => a != DescriptorAnswer.NotApplicable);
        var notMet = answers.Count(a => a == DescriptorAnswer.No);
        if (notMet == 0)
        {
            return Grade.Good;
        }

        return notMet * 2 >= applicable ? Grade.Inadequate : Grade.RequiresImprovement;
    }

    public static Grade ForPlan(IReadOnlyCollection<DescriptorAnswer> overallAnswers, IReadOnlyCollection<Grade> sectionGrades)
    {
        var fromDescriptors = ForSection(overallAnswers);
        var cap = CapFromSections(sectionGrades);
        return cap.IsWorseThan(fromDescriptors) ? cap : fromDescriptors;
    }

    /// <summary>The best the plan can be given its sections' grades.</summary>
    public static Grade CapFromSections(IReadOnlyCollection<Grade> sectionGrades)
    {
        var inadequate = sectionGrades.Count(g => g == Grade.Inadequate);
        var belowGood = sectionGrades.Count(g => !g.IsAtLeastGood);
        if (inadequate >= InadequateSectionsForInadequatePlan || (sectionGrades.Count > 0 && belowGood * 2 >= sectionGrades.Count))
        {
            return Grade.Inadequate;
        }

        if (inadequate > 0)
        {
            return Grade.RequiresImprovement;
        }

        return belowGood > 0 ? Grade.Good : Grade.Outstanding;
    }
}
