using EhcpQa.Domain.Frameworks;

namespace EhcpQa.Domain.Tests.DraftChecks;

/// <summary>Drafts for the golden thread's tests, shaped as plans are written.</summary>
internal static class ThreadDrafts
{
    public const string SemhNeed = "Sam becomes anxious at times of change and struggles to calm himself.";

    public const string SemhProvision = "An ELSA will see Sam for 30 minutes weekly to practise calming strategies.";

    /// <summary>A draft on the national template: B, E and F each organised under the four broad areas; C, D, G, H1 and H2 say nothing was identified.</summary>
    public static Dictionary<SectionCode, string> NationalTemplate() => new()
    {
        [SectionCode.A] = "Sam is nine years old and lives at home with his mum. Everyone who knows Sam says he is kind and funny.",
        [SectionCode.B] = """
            Communication and Interaction
            Sam has a diagnosis of autism and finds it hard to take turns in conversation.
            Sam does not always understand spoken instructions given to the whole class.
            Cognition & Learning
            Sam is working below age-related expectations in reading and spelling.
            Sam has difficulty holding number facts in his working memory.
            Social, Emotional and Mental Health (SEMH)
            """ + "\n" + SemhNeed + """

            Physical and/or sensory
            Sam has weak fine motor control and handwriting tires him quickly.
            """,
        [SectionCode.C] = "No health needs have been identified.",
        [SectionCode.D] = "No social care needs have been identified.",
        [SectionCode.E] = """
            Communication and interaction
            - By the end of Year 5, Sam will take turns in a conversation with a peer for five exchanges.
            - By the end of Year 5, Sam will follow a two-step spoken instruction given to the class.
            Cognition and learning
            - By the end of Key Stage 2, Sam will read and spell most words on the Year 5 list.
            - By the end of Year 5, Sam will recall number bonds to 20 without concrete aids.
            SEMH
            - By the end of Year 5, Sam will use a calming strategy to manage change with one adult prompt.
            Sensory and/or physical
            - By the end of Year 5, Sam will write three legible sentences in ten minutes.
            """,
        [SectionCode.F] = """
            Communication and interaction
            1. A speech and language therapist will deliver 6 sessions of 30 minutes each half term to model turn-taking.
            2. The class teacher will give instructions in short chunks with visual prompts in every lesson.
            Cognition and learning
            3. A teaching assistant will deliver a phonics programme for 20 minutes daily.
            4. A teaching assistant will deliver precision teaching of number facts for 10 minutes three times a week.
            Social, emotional and mental health
            """ + "\n5. " + SemhProvision + """

            Sensory and/or physical
            6. An occupational therapist will set a fine motor programme delivered by a TA for 15 minutes daily.
            """,
        [SectionCode.G] = "No health provision is required at this time.",
        [SectionCode.H1] = "There is no social care provision under section 2 of the CSDPA 1970.",
        [SectionCode.H2] = "There is no social care provision for Sam at present.",
    };
}
