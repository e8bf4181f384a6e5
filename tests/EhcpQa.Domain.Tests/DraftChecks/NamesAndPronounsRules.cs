using EhcpQa.Domain.DraftChecks;
using EhcpQa.Domain.Frameworks;
using static EhcpQa.Domain.Tests.DraftChecks.Drafts;

namespace EhcpQa.Domain.Tests.DraftChecks;

/// <summary>
/// Across the whole plan: another name used as the child's (left in from another child's plan) and the child called
/// "he" in some places and "she" in others are flagged where they are; a well-written plan that names family,
/// friends and staff raises nothing.
/// </summary>
public class NamesAndPronounsRules
{
    private static readonly DraftChecker Checker = new(ProvisionWording.Default);
    private static readonly DraftContext Sam = new(5, "SB");

    private const string SectionA = """
        Sam is a cheerful eight-year-old who loves dinosaurs and swimming. Sam's mum says he is kind and funny.
        Sam lives with his mum, his dad and his sister Lily. Lily is 10 and goes to the same school.
        Sam's sister Lily helps him with his reading at home. His friend Ali sits with him at lunch.
        Sam's aspiration is to become a vet.
        """;

    private const string SectionB = """
        Sam has a diagnosis of autism. He finds changes to routine difficult and needs warning before them.
        His class teacher, Mrs Jones, reports that Sam is working below age-related expectations in reading.
        Dr Patel, the community paediatrician, saw Sam in January. She recommended a sensory assessment.
        Sam needs visual supports to follow instructions. He can become anxious at lunchtime.
        Minecraft is his favourite game and Lego helps him to calm down.
        """;

    private const string SectionE = """
        By the end of Key Stage 2, Sam will read 100 high-frequency words accurately.
        By July 2027, Sam will ask an adult for help at least twice a day without prompting.
        """;

    private const string SectionF = """
        A teaching assistant will support Sam for 20 minutes daily with a reading programme.
        The class teacher will give Sam a visual timetable each morning for 5 minutes.
        Mum and the SENCo will meet once a term to review Sam's progress.
        """;

    private static Dictionary<SectionCode, string> WellWrittenPlan(params (SectionCode Code, string Text)[] changes) =>
        Draft([(SectionCode.A, SectionA), (SectionCode.B, SectionB), (SectionCode.E, SectionE), (SectionCode.F, SectionF), .. changes]);

    private static List<DraftWarning> NameAndPronounWarnings(Dictionary<SectionCode, string> plan, DraftContext? context = null) =>
        Checker.Check(plan, context ?? Sam).Where(w => w.Kind is DraftCheckKind.OtherChildsName or DraftCheckKind.PronounsChange).ToList();

    [Fact]
    public void AWellWrittenPlan_NamingFamilyFriendsAndStaff_RaisesNothing()
    {
        Assert.Empty(NameAndPronounWarnings(WellWrittenPlan()));
        Assert.Empty(NameAndPronounWarnings(WellWrittenPlan(), new DraftContext(5, null)));
        Assert.Empty(NameAndPronounWarnings(WellWrittenPlan(), null));
    }

    [Fact]
    public void AnotherChildsName_LeftInFromAnotherPlan_IsFlaggedInItsSection()
    {
        var plan = WellWrittenPlan((SectionCode.F, SectionF + "\nA teaching assistant will support Jack with his lunchtime routine for 30 minutes daily.\nJack will have a quiet space to go to at break."));

        var warning = Assert.Single(NameAndPronounWarnings(plan));
        Assert.Equal((SectionCode.F, DraftCheckKind.OtherChildsName), (warning.Section, warning.Kind));
        Assert.Equal("A teaching assistant will support Jack with his lunchtime routine for 30 minutes daily.", warning.Words);
        Assert.Equal("\"Jack\" is used as the child's name here, but the plan is about Sam (S.B.): was this copied from another plan?", warning.Reason);
    }

    [Theory]
    [InlineData("Jack's reading age is 6 years.")]
    [InlineData("Jack needs a visual timetable.")]
    [InlineData("Staff will prompt Jack to use his timetable.")]
    [InlineData("This will help Jack to settle.")]
    public void AnotherName_InAnyChildSlot_IsFlagged(string sentence)
    {
        var warning = Assert.Single(NameAndPronounWarnings(WellWrittenPlan((SectionCode.B, SectionB + "\n" + sentence))));
        Assert.Equal((SectionCode.B, DraftCheckKind.OtherChildsName, sentence), (warning.Section, warning.Kind, warning.Words));
    }

    [Theory]
    [InlineData("Sam's brother Tom will start at the school in September.")]
    [InlineData("Sam has a friend called Ali who will be in his class next year.")]
    [InlineData("Ali (friend) will join Sam's lunch club.")]
    [InlineData("Sarah, his keyworker, will meet him at the gate.")]
    [InlineData("Mrs Jones will review Sam's timetable each term.")]
    [InlineData("Sam plays with Jack at lunchtime and Jack is his best friend.")]
    [InlineData("Sammy is what he likes to be called, and Sammy will answer to it.")]
    [InlineData("Frozen is his favourite film.")]
    [InlineData("Mum will bring Sam to school.")]
    [InlineData("Sensory Circuits will be delivered for 15 minutes each morning.")]
    [InlineData("A TA will deliver the Colourful Semantics programme twice a week.")]
    [InlineData("Staff at Oakfield Primary School will meet each term.")]
    public void OtherPeopleAndThingsNamedNearTheChild_AreNotFlagged(string sentence)
    {
        Assert.Empty(NameAndPronounWarnings(WellWrittenPlan((SectionCode.A, SectionA + "\n" + sentence))));
    }

    [Fact]
    public void AnotherName_IsNotFlagged_UnlessTheChildsNameIsUsedAtLeastTwice()
    {
        var plan = Draft((SectionCode.A, "Sam will join in at lunchtime."), (SectionCode.B, "Jack will need support with reading."));
        Assert.Empty(NameAndPronounWarnings(plan));
    }

    [Fact]
    public void APlanUsingOneNameThroughout_ThatDoesNotMatchTheInitials_IsFlagged()
    {
        var plan = Draft(
            (SectionCode.A, "Jack is a cheerful boy who loves football. Jack's mum says he is kind."),
            (SectionCode.B, "Jack needs visual supports. Jack has a diagnosis of autism."));

        var warnings = NameAndPronounWarnings(plan);

        Assert.Equal([SectionCode.A, SectionCode.B], warnings.Select(w => w.Section));
        Assert.All(warnings, w => Assert.Equal(DraftCheckKind.OtherChildsName, w.Kind));
        Assert.Equal("\"Jack\" is used as the child's name throughout, but the child's initials are S.B.: is this another child's plan?", warnings[0].Reason);
        Assert.Empty(NameAndPronounWarnings(plan, new DraftContext(5, "J")));
    }

    [Fact]
    public void WithoutInitials_TheMostUsedNameIsTheChilds()
    {
        var plan = WellWrittenPlan((SectionCode.B, SectionB + "\nJack needs a quiet space at break."));

        var warning = Assert.Single(NameAndPronounWarnings(plan, new DraftContext(null, null)));
        Assert.Equal("\"Jack\" is used as the child's name here, but the plan is about Sam: was this copied from another plan?", warning.Reason);
    }

    [Fact]
    public void PronounsThatChange_AreFlaggedWhereTheyAreTheMinority()
    {
        var plan = WellWrittenPlan((SectionCode.E, SectionE + "\nShe will write 3 sentences independently by the end of Year 6."));

        var warning = Assert.Single(NameAndPronounWarnings(plan));
        Assert.Equal(
            (SectionCode.E, DraftCheckKind.PronounsChange, "She will write 3 sentences independently by the end of Year 6."),
            (warning.Section, warning.Kind, warning.Words));
        Assert.Equal("the plan calls the child \"he\" elsewhere but \"she\" here", warning.Reason);
    }

    [Fact]
    public void ASentenceAboutTheChildByName_WithTheOtherPronoun_IsFlagged()
    {
        var plan = WellWrittenPlan((SectionCode.F, SectionF + "\nSam will use a writing slope for her handwriting in every lesson."));

        var warning = Assert.Single(NameAndPronounWarnings(plan));
        Assert.Equal((SectionCode.F, DraftCheckKind.PronounsChange), (warning.Section, warning.Kind));
    }

    [Theory]
    [InlineData("Sam's mum says she would like him to join a club.")]
    [InlineData("His sister Lily says she enjoys playing with Sam.")]
    [InlineData("Sam's teacher reports that she has seen him settle well.")]
    [InlineData("They will join a lunchtime club twice a week.")]
    [InlineData("Sam and Lily visit her grandmother every Sunday.")]
    public void PronounsOfOtherPeople_AndThey_AreNotFlagged(string sentence)
    {
        Assert.Empty(NameAndPronounWarnings(WellWrittenPlan((SectionCode.A, SectionA + "\n" + sentence))));
    }

    [Fact]
    public void PronounsAreReadInTheSectionsAboutTheChild_Only()
    {
        Assert.Empty(NameAndPronounWarnings(WellWrittenPlan((SectionCode.K, "She recommended 6 sessions of occupational therapy for Sam."))));
    }

    [Fact]
    public void CheckSection_ReadsTheSectionOnItsOwn_TheWholePlanRulesAreInCheck()
    {
        var plan = WellWrittenPlan((SectionCode.B, SectionB + "\nJack needs a quiet space at break."));

        Assert.DoesNotContain(Checker.CheckSection(SectionCode.B, plan[SectionCode.B], Sam), w => w.Kind == DraftCheckKind.OtherChildsName);
        Assert.Contains(Checker.Check(plan, Sam).Where(w => w.Section == SectionCode.B), w => w.Kind == DraftCheckKind.OtherChildsName);
    }

    [Fact]
    public void TheWordsAreData_ARelationshipAddedToTheListIsSomeoneElse()
    {
        var plan = WellWrittenPlan((SectionCode.A, SectionA + "\nSam's godmother Jo will take him swimming."), (SectionCode.B, SectionB + "\nJo will take him to the park on Saturdays."));
        var withoutGodmother = new DraftChecker(ProvisionWording.Default with { OtherPeople = [.. ProvisionWording.Default.OtherPeople.Where(p => p != "godmother")] });
        var withGodmother = new DraftChecker(ProvisionWording.Default with { OtherPeople = [.. ProvisionWording.Default.OtherPeople, "godmother"] });

        Assert.DoesNotContain(withGodmother.Check(plan, Sam), w => w.Kind == DraftCheckKind.OtherChildsName);
        Assert.Contains(withoutGodmother.Check(plan, Sam), w => w.Kind == DraftCheckKind.OtherChildsName);
    }
}
