namespace EhcpQa.Domain.Dashboards;

/// <summary>A figure the dashboard, its export and the board summary show: its one name, and what it counts.</summary>
/// <param name="Name">What every page calls it.</param>
/// <param name="Counts">The rule, in words, as the pages and docs/statistics.md state it.</param>
public sealed record BoardFigure(string Name, string Counts);

/// <summary>
/// What each figure counts, stated once: the dashboard, the CSV export and the board summary read their
/// names and rules from here and their values from <see cref="Dashboard"/> and <see cref="SignOffOutcomes"/>,
/// so the same figure has the same name and the same value everywhere, and figures that add up do so on every
/// page. Every figure counts decisive grades (<see cref="AssuredGrading"/>) by the UK date they were given.
/// </summary>
public static class BoardFigures
{
    public static BoardFigure GradesGiven { get; } = new(
        "Grades given",
        "Decisive grades on the 1–4 scheme given in the period at the level: at sign-off one for each draft graded (its sign-off grade when at least Good, else the grade its two graders agreed); in moderation the grade the session agreed. Staff who download the grades get one row for each.");

    public static BoardFigure PlansAssured { get; } = new(
        "Plans assured",
        "Different plans among the grades given: a plan graded twice in the period counts once. At sign-off, every plan with a draft graded in the period, whatever was then decided.");

    public static BoardFigure AtLeastGood { get; } = new(
        "At least Good",
        "Grades given that are 1 Outstanding or 2 Good; the share is of the grades given.");

    public static BoardFigure ShareAtLeastGood { get; } = new(
        "Share at least Good",
        "At least Good as a whole percentage of the grades given.");

    public static BoardFigure Regraded { get; } = new(
        "Re-graded",
        "Grades given that are re-grades: at sign-off a resubmitted draft graded again after an earlier return (the return may have been in an earlier month); in moderation an agreed grade different from the grade the plan was signed off at.");

    public static BoardFigure GradeCounts { get; } = new(
        "Outstanding, Good, Requires improvement, Inadequate",
        "Grades given at each grade, overall and for each section; the overall counts add up to the grades given, a section's to at most that (a section not judged is not counted).");

    public static BoardFigure Trend { get; } = new(
        "Trend over 12 months",
        "Grades given, at least Good and the share at least Good in each calendar month of the 12 ending with the period's last month; the months of the period add up to the period's figures.");

    public static BoardFigure ByCut { get; } = new(
        "By locality, phase, need and setting",
        "Grades given, the share at least Good and re-graded for each locality, phase, primary need and setting on the day the grade was given; the rows of each table add up to the whole.");

    public static BoardFigure ByPlanKind { get; } = new(
        "New and amended plans",
        "Plans assured, grades given and the share at least Good at each level, for new plans and for plans amended after an annual review, by the version graded (a draft of a new plan, or a draft of the plan's amendment; in moderation, the version signed off). The two add up to the grades given at the level; a plan graded as new and as amended in the same period counts once under each. New or amended alone singles out no one, so these are hidden only where the figures they split are.");

    public static BoardFigure ResultsGiven { get; } = new(
        "Results given",
        "Decisive judgements on a form of the authority's own (not the 1–4 scheme) in the period at the level, counted apart from the grades given.");

    public static BoardFigure DraftsGraded { get; } = new(
        "Drafts graded",
        "Drafts whose decisive grade was given in the month, on any form: the grades given at sign-off plus the results given on forms of the authority's own. Each is signed off and issued, returned to the caseworker or awaiting a decision.");

    public static BoardFigure SignedOffAndIssued { get; } = new(
        "Signed off and issued",
        "Drafts graded in the month that were then signed off, so the plan was issued (as the figures were produced). Each is a different plan, and one of the plans assured.");

    public static BoardFigure ReturnedToCaseworker { get; } = new(
        "Returned to the caseworker",
        "Drafts graded in the month that were then returned to the caseworker for a new draft.");

    public static BoardFigure AwaitingDecision { get; } = new(
        "Awaiting a decision",
        "Drafts graded in the month neither signed off nor returned when the figures were produced.");

    public static BoardFigure MedianDaysToSignOff { get; } = new(
        "Median days from first draft to sign-off",
        "Over the drafts signed off and issued: the middle of the days from the first draft of the same round to its sign-off (a new plan's first draft, or for an amended plan the first draft of its amendment).");

    public static BoardFigure ModerationGradesGiven { get; } = new(
        "Grades given in moderation",
        "Grades a leadership dip sample or a multi-agency panel agreed in the month, on any form: the dashboard's grades given at that level plus results given on forms of the authority's own.");

    public static BoardFigure RegradedByModeration { get; } = new(
        "Re-graded by moderation",
        "Grades given in moderation that differ from the grade the plan was signed off at.");

    public static BoardFigure IssuedWithinTwentyWeeks { get; } = new(
        "Issued within 20 weeks",
        "New plans issued in the period whose final plan was issued within 20 weeks of the request for assessment (on the 140th day at the latest). The share is of the new plans issued in the period without a lawful exception: those issued late with one are counted apart. Plans the register gives as amended are left out (their issue date may be the amendment's); a plan amended after a review in the service counts by its first issue. Cut by the plan's locality, need and setting as its record gives them now, and by the child's phase on the day the plan was issued.");

    public static BoardFigure IssuedLateWithException { get; } = new(
        "Issued late with a lawful exception",
        "New plans issued in the period after the 20-week deadline with a lawful exception to the timescale recorded (SEND Regulations 2014, regulation 13(3): a school or college closed for the holidays when advice was asked for, exceptional personal circumstances, the child or parent away for 4 weeks or more, an appointment missed). Not counted as late, and not in the share within 20 weeks.");

    public static BoardFigure IssuedLate { get; } = new(
        "Issued late",
        "New plans issued in the period after the 20-week deadline with no lawful exception recorded.");

    public static BoardFigure OverdueTwentyWeeks { get; } = new(
        "Not yet issued, past 20 weeks",
        "New plans not issued by the period's last day (or today, while the period runs) whose 20-week deadline had passed by then, exceptions included.");

    public static BoardFigure ReviewDecisionsWithinFourWeeks { get; } = new(
        "Review decisions within 4 weeks",
        "Decisions after an annual review sent to the family in the period, and of those the ones sent within 4 weeks of the review meeting (the 28th day included); the share is of the decisions sent.");

    public static BoardFigure AmendedPlansOnTime { get; } = new(
        "Amended plans issued on time",
        "Plans amended after an annual review whose amended plan was issued in the period, and of those the ones issued within 8 weeks of the decision to amend (the 56th day included); the share is of the amended plans issued.");

    public static BoardFigure AdviceOnTime { get; } = new(
        "Advice received on time",
        "Professional advice due in the period whose outcome is known, and of it the advice received by its due date (6 weeks after the request unless the authority asks sooner or the request gave another date). Advice received after its due date, or not received by the period's last day (or today, while the period runs), is late; advice not yet due is not counted. Cut by the plan the advice is for; with new or amended plans chosen, advice for new assessments or for annual reviews.");

    public static BoardFigure AdviceQuality { get; } = new(
        "Quality of advice, by the agencies' own audits",
        "Audits of professional advice submitted in the period by the lead of the agency that gave it, on the authority's advice form: how many, the mean score (the points given as a share of the points available, for forms that give points), and how many reached the form's bar, of those on a form that sets one. Timeliness is not part of the score: it is counted from the advice's dates.");

    /// <summary>Every figure, in the order the pages show them.</summary>
    public static IReadOnlyList<BoardFigure> All { get; } =
    [
        GradesGiven, PlansAssured, AtLeastGood, ShareAtLeastGood, Regraded, GradeCounts, Trend, ByCut, ByPlanKind, ResultsGiven,
        DraftsGraded, SignedOffAndIssued, ReturnedToCaseworker, AwaitingDecision, MedianDaysToSignOff, ModerationGradesGiven, RegradedByModeration,
        IssuedWithinTwentyWeeks, IssuedLate, IssuedLateWithException, OverdueTwentyWeeks, ReviewDecisionsWithinFourWeeks, AmendedPlansOnTime,
        AdviceOnTime, AdviceQuality,
    ];
}
