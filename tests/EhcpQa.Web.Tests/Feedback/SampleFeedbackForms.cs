using EhcpQa.Web.Features.Feedback;

namespace EhcpQa.Web.Tests.Feedback;

/// <summary>A realistic graded draft: thirteen sections (A–K, H1, H2, the plan overall) with long commentary.</summary>
internal static class SampleFeedbackForms
{
    public const string PlanReference = "EHC-2026-0042";

    public const string OverrideReason = "The descriptors are mostly met, but the needs are described only through diagnoses, so the section cannot be Good until the impact on learning is set out.";

    public const string CommentarySentence = "Sophie's own words about wanting to work with animals are quoted directly and are the strongest part of the plan.";

    /// <summary>The last words of the longest paragraph: present only if nothing is cut at a page break.</summary>
    public const string LongParagraphEnding = "and review the section together with them before the plan is graded again in March 2027.";

    /// <summary>The 1–4 scale's words, as a 1–4 framework gives them.</summary>
    public static readonly FeedbackScale OneToFour = new(
        "Grades run from 1 Outstanding (best) through 2 Good and 3 Requires improvement to 4 Inadequate.", "at least Good", "Descriptor of good practice", "the descriptors");

    public static readonly DateTimeOffset GeneratedAt = new(2026, 3, 16, 9, 15, 0, TimeSpan.Zero);

    private static readonly Lazy<byte[]> RenderedRequiresImprovement = new(() => FeedbackFormPdf.Render(RequiresImprovement()));

    /// <summary>The sample below Good, rendered once for the tests that only read it.</summary>
    public static byte[] RequiresImprovementPdf => RenderedRequiresImprovement.Value;

    public static FeedbackFormData RequiresImprovement() => new(
        PlanReference,
        "SB",
        "Priya Shah",
        "North locality",
        VersionNumber: 2,
        SubmittedAt: new DateTimeOffset(2026, 3, 9, 14, 5, 0, TimeSpan.Zero),
        GradedBy: "Tom Evans",
        GradedAt: new DateTimeOffset(2026, 3, 13, 11, 40, 0, TimeSpan.Zero),
        GradingPurpose: "Sign-off grading",
        FrameworkTitle: "Wirral and Shropshire EHCP quality assurance framework",
        FrameworkVersion: 2,
        Overall: new FeedbackGrade("3 Requires improvement", FeedbackTone.BelowBar),
        OverallPassesBar: false,
        IssuedOnlyAtBar: true,
        Scale: OneToFour,
        Outcome: "Returned for changes",
        StatutoryDeadline: new DateOnly(2026, 4, 24),
        Sections: Sections(),
        GeneratedAt);

    public static FeedbackFormData Good() => RequiresImprovement() with
    {
        Overall = new FeedbackGrade("2 Good", FeedbackTone.Pass),
        OverallPassesBar = true,
        Outcome = "Signed off",
    };

    private static List<FeedbackFormSection> Sections() =>
    [
        Section("A", "Views, interests and aspirations, and journey so far", 2, 2, null,
            [
                Answer(1, "The child / young person's views, interests, and strengths are captured in depth, as well as their hopes, aspirations and goals for the future.", "Yes"),
                Answer(2, "The child / young person's history is captured succinctly and accurately, including family background, educational history, placements and involvement of health and care services.", "Yes"),
                Answer(3, "Evidence of how the child / young person has been engaged, how their views were gathered, and how they have contributed to the plan.", "Yes"),
                Answer(4, "A summary of how to communicate with the child / young person and evidence of how they can be included in decision-making.", "No"),
                Answer(5, "Captures the parents' / carers' views and aspirations.", "Yes"),
            ],
            strengths: CommentarySentence + " The journey so far is concise and in date order, and it says who supports the family and how often.",
            areas: "Add a short summary of how Sophie prefers to communicate (visual timetable, extra processing time, a quiet space) and how she will take part in her annual review.",
            rationale: "Four of the five descriptors are met and the child's voice runs through the section.",
            wording: null,
            prompts: ["Is the child's voice quoted directly, and is it clear who is speaking?", "Does the journey so far say who supports the family?"]),
        Section("B", "Special educational needs", 3, 2, OverrideReason,
            [
                Answer(1, "All areas of SEN identified in the professional advice listed in section K are captured in the plan; any conflicting advice is addressed.", "Yes"),
                Answer(2, "All areas of SEN are set out clearly and described in sufficient detail (type and severity), linked to established categories of SEN.", "No"),
                Answer(3, "A clear outline of Preparation for Adulthood can be demonstrated: learning and employment, independent living, social connections, and health.", "Yes"),
            ],
            strengths: "The educational psychologist's advice is summarised accurately and each need is linked to the report it came from.",
            areas: LongParagraph(),
            rationale: "Needs are present but several are stated as diagnoses without their impact, and two sentences describe provision, which belongs in section F.",
            wording: "Sophie has a diagnosis of autism. The impact of this is that she finds unstructured times of the day, such as break and lunch, overwhelming and may leave the room without warning.\n\nSophie's working memory is well below that expected for her age (EP report, 12 January 2026, K3).",
            prompts: ["This section must not contain provision.", "Are the child's special educational needs clear?", "Does it include their strengths?", "Are the four pillars of Preparation for Adulthood present?"]),
        Section("C", "Health needs related to special educational needs", 2, 2, null,
            [
                Answer(1, "Health needs identified through the assessment that relate to SEN are set out clearly and in accessible language, or the plan says there are none.", "Yes"),
                Answer(2, "Any health needs not directly related to SEN, and their implications, are identified as such.", "N/A"),
            ],
            strengths: "The asthma care plan is referred to correctly and the section states which needs relate to SEN.",
            areas: null, rationale: null, wording: null,
            prompts: ["Diagnosis stated and described in simple language.", "If there is a need there must be provision in section G."]),
        Section("D", "Social care needs related to special educational needs", 2, 2, null,
            [
                Answer(1, "Social care needs that relate to SEN or require provision under section 2 of the Chronically Sick and Disabled Persons Act 1970 are set out clearly.", "N/A"),
                Answer(2, "If the child / young person has no care needs related to their SEN, this is made clear.", "Yes"),
                Answer(3, "Any care needs not directly related to SEN are identified as such.", "N/A"),
            ],
            strengths: null, areas: null, rationale: null, wording: null,
            prompts: ["If there is a need there must be provision in H1 or H2."]),
        Section("E", "Outcomes", 3, 3, null,
            [
                Answer(1, "Outcomes reflect the child's hopes, aspirations and goals (section A) and needs (sections B, C and D).", "Yes"),
                Answer(2, "Outcomes are set out clearly and in a SMART format, with a clear link between outcomes and the provision needed.", "No"),
                Answer(3, "Outcomes are age appropriate and Preparation for Adulthood is evident.", "No"),
                Answer(4, "Long-term outcomes over a key stage; arrangements for short-term targets are specified.", "Yes"),
                Answer(5, "Clear monitoring and review arrangements, including key review dates.", "Yes"),
            ],
            strengths: "Each outcome is linked to a need in section B.",
            areas: "Outcomes two and four are not measurable: 'Sophie will improve her social skills' does not say what she will be able to do, or by when. Add an end date at the end of Key Stage 3 and describe what success looks like.",
            rationale: "Two descriptors are not met and the outcomes do not yet show the four pillars of Preparation for Adulthood.",
            wording: "By the end of Key Stage 3, Sophie will be able to start a conversation with a familiar adult or peer during unstructured time on at least three days a week.",
            prompts: ["Do outcomes link to the summary of needs?", "Are outcomes SMART?", "Do the outcomes link to the child's aspirations?", "Remember the golden thread."]),
        Section("F", "Special educational provision", 3, 3, null,
            [
                Answer(1, "Provision is specified for every need identified in section B and is proportionate to assessed severity.", "Yes"),
                Answer(2, "A golden thread connects each need to each type of provision and to the outcomes in section E.", "Yes"),
                Answer(3, "Provision is detailed, specific and quantified; vague terms such as 'opportunities to' are avoided.", "No"),
                Answer(4, "The provision could be given to a setting for staff to put into place without substantial extra work to interpret it.", "No"),
                Answer(5, "Health or social care provision which educates or trains is treated as educational provision.", "N/A"),
            ],
            strengths: "Every need in section B has matching provision.",
            areas: "Several entries say 'regular small group work' and 'access to a quiet space'. Under section 37 of the Children and Families Act 2014 and paragraph 9.69 of the SEND Code of Practice, provision must be specified and quantified: say who delivers it, how often, for how long and in what group size.",
            rationale: "Provision is present for each need but is not yet enforceable.",
            wording: "Small group (maximum of four pupils) social communication sessions, 30 minutes three times a week, delivered by a teaching assistant trained in the approach by the speech and language therapist.",
            prompts: ["Is the provision specified and quantified?", "Does the provision link to all needs in section B?", "Is all provision which educates and trains in section F?"]),
        Section("G", "Health provision", 2, 2, null,
            [
                Answer(1, "Provision matches each health need identified in section C.", "Yes"),
                Answer(2, "It is clear how the provision will support the outcomes in section E.", "Yes"),
                Answer(3, "Provision is clear, specific and quantified and agreed by health commissioning.", "Yes"),
                Answer(4, "From Year 9, health provision specifies what is required to prepare for adulthood.", "N/A"),
            ],
            strengths: "The asthma care plan review is dated and the provider is named.",
            areas: null, rationale: null, wording: null,
            prompts: ["Specific, quantified, detailed."]),
        Section("H1", "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", 2, 2, null, [], null, null, null, null,
            ["Need provision if there is an identified need."]),
        Section("H2", "Other social care provision", 2, 2, null, [], null, null, null, null,
            ["Need provision if there is an identified need."]),
        Section("I", "Placement", 1, 1, null,
            [
                Answer(1, "The name and type of setting is recorded (only on the final plan).", "N/A"),
            ],
            strengths: "Section I is left blank at draft, as it should be.",
            areas: null, rationale: null, wording: null,
            prompts: ["This must remain blank at draft; complete it only at the final stage."]),
        Section("J", "Personal budget", 2, 2, null,
            [
                Answer(1, "The plan says whether a personal budget has been requested and agreed.", "Yes"),
                Answer(2, "(If applicable) The plan specifies the provision, needs and outcomes the personal budget is to help meet.", "N/A"),
                Answer(3, "(If applicable) The plan specifies the type and amount of the personal budget and arrangements for direct payments.", "N/A"),
            ],
            strengths: null, areas: null, rationale: null, wording: null,
            prompts: ["Ensure the information states whether a personal budget was requested or not."]),
        Section("K", "Advice and information", 3, 2, "The speech and language therapy report is missing from the list, so not every contributor is shown.",
            [
                Answer(1, "Advice and information that informed the plan are set out clearly, with titles and dates of reports.", "Yes"),
                Answer(2, "The final plan has been signed off by the relevant officer.", "N/A"),
                Answer(3, "All contributing parties are listed.", "No"),
            ],
            strengths: null,
            areas: "Add the speech and language therapy report (February 2026) with its K reference.",
            rationale: null, wording: null,
            prompts: ["Check all who contributed are included with dates and K references."]),
        Section("Overall", "The plan overall", 3, 3, null,
            [
                Answer(1, "The plan will help secure the best outcomes across education, health and social care.", "Yes"),
                Answer(2, "Clear and accessible language is used throughout.", "Yes"),
                Answer(3, "There is a clear golden thread from aspirations through needs, advice and provision to outcomes.", "No"),
                Answer(4, "There is clear evidence of co-production with the child, parents and professionals.", "Yes"),
                Answer(5, "The plan will help prepare the child for adulthood.", "No"),
            ],
            strengths: "A warm, person-centred plan that Sophie and her parents will recognise.",
            areas: "Strengthen the golden thread by quantifying section F and making the outcomes in section E measurable; then the plan can be graded again.",
            rationale: "Sections B, E, F and K require improvement, so the plan as a whole cannot yet be graded Good.",
            wording: null,
            prompts: ["Remember the golden thread: aspirations, needs, advice, provision, outcomes."]),
    ];

    private static string LongParagraph()
    {
        var sentences = new[]
        {
            "Several needs are written as diagnoses only, for example 'Sophie has ADHD', without saying how this affects her learning, her attention in lessons or her relationships with other pupils.",
            "Describe what the evidence shows Sophie finds difficult, how severe it is, and in which situations it matters most.",
            "Move the two sentences about a teaching assistant and a quiet room to section F, where provision belongs.",
            "The strengths listed at the start of the section are welcome; carry them into each area of need so that the plan reads as a description of Sophie rather than a list of deficits.",
        };
        var text = string.Join(" ", Enumerable.Range(0, 40).Select(i => sentences[i % sentences.Length]));
        return text + " Agree the wording with Sophie's parents " + LongParagraphEnding;
    }

    private static FeedbackFormSection Section(
        string label, string title, int grade, int suggested, string? overrideReason, IReadOnlyList<FeedbackFormAnswer> answers,
        string? strengths, string? areas, string? rationale, string? wording, IReadOnlyList<string> prompts) =>
        new(label, title, GradeOf(grade), suggested == grade ? null : GradeOf(suggested), overrideReason, null, answers, strengths, areas, rationale, wording, prompts);

    private static FeedbackFormAnswer Answer(int number, string descriptor, string answer) =>
        new(number.ToString(System.Globalization.CultureInfo.InvariantCulture), descriptor, answer);

    /// <summary>A grade of the 1–4 scale as the feedback form shows it.</summary>
    public static FeedbackGrade GradeOf(int value) => value switch
    {
        1 => new("1 Outstanding", FeedbackTone.Pass),
        2 => new("2 Good", FeedbackTone.Pass),
        3 => new("3 Requires improvement", FeedbackTone.BelowBar),
        _ => new("4 Inadequate", FeedbackTone.Worst),
    };
}
