using System.Globalization;
using EhcpQa.Domain.Advice;
using EhcpQa.Domain.Dashboards;
using EhcpQa.Domain.Families;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Plans;
using Microsoft.Data.Sqlite;

namespace EhcpQa.Benchmarks;

/// <summary>
/// What the large authority's plans leave behind besides their grades, written in bulk as the dashboard reads it (the
/// timeliness, advice and families' sections): the plan's row, its annual reviews (one a year from its issue until it
/// ceases, most maintained, some amended and the amended plan issued weeks later, some ceased; a few decided late), the
/// advice asked for its assessment (educational psychology, the setting and one health or social care service, most
/// received by the six-week deadline) and one survey link at issue, two in three answered with every rating question.
/// Made from a fixed seed, so every database is the same.
/// </summary>
internal sealed class LargeAuthorityHistory
{
    private static readonly AdviceService[] ThirdService =
        [AdviceService.Paediatrics, AdviceService.SpeechAndLanguageTherapy, AdviceService.OccupationalTherapy, AdviceService.Camhs, AdviceService.SocialCare];

    private readonly Random random = new(2026);
    private readonly DateOnly today;
    private readonly int? surveyVersionId;
    private readonly IReadOnlyList<RatingQuestion> ratings;
    private readonly BulkInsert plans;
    private readonly BulkInsert reviews;
    private readonly BulkInsert advice;
    private readonly BulkInsert invitations;
    private readonly BulkInsert answers;
    private long invitationId;

    public LargeAuthorityHistory(SqliteConnection connection, SqliteTransaction transaction, FrameworkVersion? surveyForm, DateOnly today)
    {
        this.today = today;
        surveyVersionId = surveyForm?.Id;
        ratings = FamilyViews.RatingQuestions(surveyForm?.Form);
        plans = new BulkInsert(connection, transaction, "Plans",
            "Id", "Reference", "ChildIdentifier", "DateOfBirth", "PrimaryNeed", "Setting", "LocalityId", "CaseworkerId", "Stage", "Cohorts",
            "RequestDate", "StatutoryDeadline", "CreatedAt", "CreatedById", "UpdatedAt", "UpdatedById", "ConcurrencyToken", "IssuedOn",
            "CeasedOn", "LastReviewedOn", "AmendedOn");
        reviews = new BulkInsert(connection, transaction, "AnnualReviews",
            "PlanId", "Number", "MeetingOn", "Decision", "DecidedOn", "DecidedById", "DecidedAt", "AmendedPlanIssuedOn", "StartedById", "StartedAt");
        advice = new BulkInsert(connection, transaction, "AdviceRequests",
            "PlanId", "Occasion", "Service", "Agency", "RequestedOn", "DueOn", "ReceivedOn", "RequestedById", "RequestedAt", "ChangedById",
            "ChangedAt", "ConcurrencyToken");
        invitations = new BulkInsert(connection, transaction, "SurveyInvitations",
            "Id", "PlanId", "PlanVersionId", "Occasion", "Respondent", "FrameworkVersionId", "TokenHash", "CreatedById", "CreatedAt",
            "ExpiresAt", "AnsweredAt", "ConcurrencyToken");
        answers = new BulkInsert(connection, transaction, "SurveyAnswers", "SurveyInvitationId", "PartCode", "ItemCode", "Value");
    }

    /// <summary>Writes the plan (signed off in memory) as plan <paramref name="planId"/>, with its history.</summary>
    public async Task WriteAsync(int planId, Plan plan)
    {
        var issuedOn = plan.IssuedOn!.Value;
        var by = plan.CaseworkerId;
        var lastReviewed = default(DateOnly?);
        var ceasedOn = default(DateOnly?);
        for (var year = 1; issuedOn.AddYears(year) < today && ceasedOn is null; year++)
        {
            var meetingOn = issuedOn.AddYears(year).AddDays(-random.Next(0, 28));
            var decidedOn = meetingOn.AddDays(random.Next(10) == 0 ? random.Next(29, 60) : random.Next(3, 28));
            var roll = random.Next(20);
            var decision = roll < 15 ? ReviewDecision.Maintain : roll < 18 ? ReviewDecision.Amend : ReviewDecision.Cease;
            var decided = decidedOn <= today;
            var amendedIssuedOn = decided && decision == ReviewDecision.Amend ? decidedOn.AddDays(random.Next(28, 100)) : (DateOnly?)null;
            await reviews.RunAsync(planId, year, Day(meetingOn),
                decided ? decision.ToString() : null,
                decided ? Day(decidedOn) : null,
                decided ? by : null,
                decided ? Time(decidedOn) : null,
                amendedIssuedOn is { } on && on <= today ? Day(on) : null,
                by, Time(meetingOn));
            if (decided)
            {
                lastReviewed = decidedOn;
                ceasedOn = decision == ReviewDecision.Cease ? decidedOn.AddDays(28) : null;
            }
        }

        await plans.RunAsync(planId, plan.Reference, plan.ChildIdentifier, Day(plan.DateOfBirth), plan.PrimaryNeed.ToString(), plan.Setting.ToString(),
            plan.LocalityId, by, plan.Stage.ToString(), (int)plan.Cohorts, Day(plan.RequestDate), Day(plan.StatutoryDeadline),
            BulkInsert.Time(plan.CreatedAt), plan.CreatedById, BulkInsert.Time(plan.UpdatedAt), plan.UpdatedById,
            BulkInsert.NewConcurrencyToken(), Day(issuedOn),
            ceasedOn is { } ceased && ceased <= today ? Day(ceased) : null,
            lastReviewed is { } reviewed ? Day(reviewed) : null,
            plan.AmendedOn is { } amended ? Day(amended) : null);

        foreach (var service in new[] { AdviceService.EducationalPsychology, AdviceService.EducationSetting, ThirdService[random.Next(ThirdService.Length)] })
        {
            var requestedOn = plan.RequestDate.AddDays(random.Next(42, 50));
            var dueOn = requestedOn.AddDays(7 * AdvicePolicy.StatutoryWeeks);
            var receivedOn = dueOn.AddDays(random.Next(4) == 0 ? random.Next(1, 30) : -random.Next(0, 30));
            await advice.RunAsync(planId, AdviceOccasion.NewAssessment.ToString(), service.ToString(), service.AgencyOf()!.Value.ToString(),
                Day(requestedOn), Day(dueOn), receivedOn <= today ? Day(receivedOn) : null, by, Time(requestedOn), by, Time(requestedOn),
                BulkInsert.NewConcurrencyToken());
        }

        var sentAt = new DateTimeOffset(issuedOn.AddDays(3).ToDateTime(new TimeOnly(11, 0)), TimeSpan.Zero);
        if (surveyVersionId is { } versionId && sentAt.Date < today.ToDateTime(TimeOnly.MinValue))
        {
            var answeredAt = sentAt.AddDays(random.Next(1, 11)).AddHours(8);
            var answered = random.Next(3) > 0 && answeredAt.Date < today.ToDateTime(TimeOnly.MinValue);
            invitationId++;
            await invitations.RunAsync(invitationId, planId, 0, SurveyOccasion.PlanIssued.ToString(), SurveyRespondent.ParentOrCarer.ToString(), versionId,
                $"large-authority-{invitationId}", by, BulkInsert.Time(sentAt),
                BulkInsert.Time(sentAt.AddDays(SurveyPolicy.DefaultValidDays)),
                answered ? BulkInsert.Time(answeredAt) : null, BulkInsert.NewConcurrencyToken());
            if (answered)
            {
                foreach (var question in ratings)
                {
                    await answers.RunAsync(invitationId, question.PartCode, question.ItemCode,
                        random.Next(question.Lowest, question.Highest + 1).ToString(CultureInfo.InvariantCulture));
                }
            }
        }
    }

    private static string Day(DateOnly day) => BulkInsert.Day(day);

    /// <summary>Ten in the morning of the day, as stored.</summary>
    private static object? Time(DateOnly day) => BulkInsert.Time(new DateTimeOffset(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero));
}
