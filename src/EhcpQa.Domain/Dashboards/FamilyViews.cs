using System.Globalization;
using EhcpQa.Domain.Families;
using EhcpQa.Domain.Frameworks.Forms;
using EhcpQa.Domain.Plans;

namespace EhcpQa.Domain.Dashboards;

/// <summary>
/// A survey link as the families' figures count it: the plan's facts for the cuts, when it was sent, whether it was
/// answered, and its rating answers (never its free text, which no figure reads). Links replaced by a newer one are not
/// counted: the newer one is.
/// </summary>
public sealed record SurveyRecord(TimelinessPlan Plan, SurveyOccasion Occasion, DateOnly SentOn, bool Answered, IReadOnlyList<SurveyAnswer> Ratings);

/// <summary>A rating question of the survey form: where it is, its words, and its scale's lowest and highest values.</summary>
public sealed record RatingQuestion(string PartCode, string ItemCode, string Text, int Lowest, int Highest);

/// <summary>The answers to one rating question in a group and their mean; null when none answered it.</summary>
public sealed record RatingMean(RatingQuestion Question, int Answers, double? Mean);

/// <summary>The families' figures of one group (the period, a month or a locality).</summary>
/// <param name="Sent">Survey links sent in the group (those replaced by a newer link apart).</param>
/// <param name="Responses">Of those, the ones answered (by the day the figures are read).</param>
/// <param name="Ratings">Rating answers given in those responses.</param>
/// <param name="MeanRating">The mean of every rating answer given; null when none was.</param>
public sealed record FamilyViewsCounts(int Sent, int Responses, int Ratings, double? MeanRating)
{
    /// <summary>The response rate as a share of the links sent.</summary>
    public string ResponseRate(Suppression suppression)
    {
        ArgumentNullException.ThrowIfNull(suppression);
        return suppression.Share(Responses, Sent);
    }

    /// <summary>The mean rating to one decimal place; "–" when there is none, or the responses it is made from are suppressed.</summary>
    public string Mean(Suppression suppression)
    {
        ArgumentNullException.ThrowIfNull(suppression);
        return MeanRating is not { } mean || suppression.Hides(Responses) ? "–" : mean.ToString("0.0", CultureInfo.InvariantCulture);
    }
}

public sealed record FamilyViewsRow(string Label, FamilyViewsCounts Counts);

public sealed record FamilyViewsMonth(DateOnly Month, FamilyViewsCounts Counts);

/// <summary>
/// Families' views beside the professional grades: survey links sent in the period, how many were answered (the response
/// rate), the mean answer to each rating question of the survey form in use, the 12-month trend, and the same by
/// locality. Each link is counted in the month it was sent, with its answers, whenever they came, so a rate never
/// counts a response without its link. Free text is never counted or shown here.
/// </summary>
public sealed class FamilyViews
{
    private FamilyViews(DashboardFilter filter, FamilyViewsCounts period, IReadOnlyList<RatingMean> means, IReadOnlyList<FamilyViewsMonth> trend, IReadOnlyList<FamilyViewsRow> byLocality)
    {
        Filter = filter;
        Period = period;
        Means = means;
        Trend = trend;
        ByLocality = byLocality;
    }

    public DashboardFilter Filter { get; }

    public FamilyViewsCounts Period { get; }

    /// <summary>The period's mean answer to each rating question, in the form's order.</summary>
    public IReadOnlyList<RatingMean> Means { get; }

    /// <summary>The 12 months ending with the period's last month, oldest first.</summary>
    public IReadOnlyList<FamilyViewsMonth> Trend { get; }

    public IReadOnlyList<FamilyViewsRow> ByLocality { get; }

    /// <summary>The rating questions of a survey form, in its order: items answered on a rating scale.</summary>
    public static IReadOnlyList<RatingQuestion> RatingQuestions(FrameworkForm? form)
    {
        if (form is null)
        {
            return [];
        }

        return form.PartsWithItems
            .SelectMany(part => part.Items.Select(item => (part, item, scale: form.Scale(item.Answers))))
            .Where(x => x.scale is { Kind: AnswerKind.Rating })
            .Select(x =>
            {
                var values = x.scale!.Options.Where(o => !o.NotApplicable).Select(o => int.Parse(o.Value, CultureInfo.InvariantCulture)).ToList();
                return new RatingQuestion(x.part.Code, x.item.Code, x.item.Text, values.Min(), values.Max());
            })
            .ToList();
    }

    /// <param name="records">Survey links of any dates; the filter picks its own.</param>
    /// <param name="questions">The rating questions of the form in use (<see cref="RatingQuestions"/>).</param>
    /// <param name="filter">The period and cuts (its level plays no part).</param>
    /// <param name="localityNames">Names for the locality cut; a locality missing here shows as "Locality n".</param>
    public static FamilyViews Compute(IEnumerable<SurveyRecord> records, IReadOnlyList<RatingQuestion> questions, DashboardFilter filter, IReadOnlyDictionary<int, string> localityNames)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(localityNames);
        var period = new Tally(questions);
        var trend = Enumerable.Range(0, 12).Select(_ => new Tally(questions)).ToArray();
        var byLocality = new Dictionary<int, Tally>();
        foreach (var record in records)
        {
            var on = record.SentOn;
            var kind = record.Occasion == SurveyOccasion.AnnualReview ? PlanKind.Amended : PlanKind.New;
            if (!Timeliness.Matches(filter, record.Plan, SchoolYear.PhaseOn(record.Plan.DateOfBirth, on)) || (filter.Kind is { } only && only != kind))
            {
                continue;
            }

            if (on >= filter.TrendFrom && on <= filter.To)
            {
                trend[((on.Year - filter.TrendFrom.Year) * 12) + on.Month - filter.TrendFrom.Month].Add(record);
            }

            if (on >= filter.From && on <= filter.To)
            {
                period.Add(record);
                if (!byLocality.TryGetValue(record.Plan.LocalityId, out var locality))
                {
                    byLocality[record.Plan.LocalityId] = locality = new Tally(questions);
                }

                locality.Add(record);
            }
        }

        var localities = localityNames.Keys.Concat(byLocality.Keys.Where(id => !localityNames.ContainsKey(id)));
        return new FamilyViews(
            filter,
            period.Counts,
            period.Means,
            trend.Select((t, i) => new FamilyViewsMonth(filter.TrendFrom.AddMonths(i), t.Counts)).ToList(),
            localities.Select(id => new FamilyViewsRow(localityNames.GetValueOrDefault(id, $"Locality {id}"), (byLocality.GetValueOrDefault(id) ?? new Tally(questions)).Counts)).ToList());
    }

    /// <summary>The counts of one group as they are made.</summary>
    private sealed class Tally(IReadOnlyList<RatingQuestion> questions)
    {
        private readonly int[] _answers = new int[questions.Count];
        private readonly long[] _sums = new long[questions.Count];
        private int _sent, _responses;

        public FamilyViewsCounts Counts
        {
            get
            {
                var ratings = _answers.Sum();
                return new FamilyViewsCounts(_sent, _responses, ratings, ratings == 0 ? null : (double)_sums.Sum() / ratings);
            }
        }

        public IReadOnlyList<RatingMean> Means =>
            questions.Select((q, i) => new RatingMean(q, _answers[i], _answers[i] == 0 ? null : (double)_sums[i] / _answers[i])).ToList();

        public void Add(SurveyRecord record)
        {
            _sent++;
            if (!record.Answered)
            {
                return;
            }

            _responses++;
            foreach (var answer in record.Ratings)
            {
                var index = IndexOf(answer);
                if (index >= 0 && int.TryParse(answer.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
                {
                    _answers[index]++;
                    _sums[index] += value;
                }
            }
        }

        private int IndexOf(SurveyAnswer answer)
        {
            for (var i = 0; i < questions.Count; i++)
            {
                if (string.Equals(questions[i].PartCode, answer.PartCode, StringComparison.Ordinal) && string.Equals(questions[i].ItemCode, answer.ItemCode, StringComparison.Ordinal))
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
