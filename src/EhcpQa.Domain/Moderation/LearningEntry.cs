namespace EhcpQa.Domain.Moderation;

/// <summary>
/// One row of a session's summary of learning, with the four columns of the source documents' table:
/// the area it concerns, the feedback given, the learning drawn from it, and learning from tribunals.
/// </summary>
public sealed class LearningEntry
{
    public const int AreaMaxLength = 200;
    public const int TextMaxLength = 4000;

    private LearningEntry()
    {
        Area = string.Empty;
        RecordedById = string.Empty;
    }

    internal LearningEntry(string area, string? feedback, string? learning, string? fromTribunals, string recordedById, DateTimeOffset recordedAt)
    {
        Area = area;
        Feedback = feedback;
        Learning = learning;
        FromTribunals = fromTribunals;
        RecordedById = recordedById;
        RecordedAt = recordedAt;
    }

    public int Id { get; private set; }

    /// <summary>What the learning concerns, for example "Section F: specifying provision" or "Preparation for adulthood".</summary>
    public string Area { get; private set; }

    public string? Feedback { get; private set; }

    public string? Learning { get; private set; }

    /// <summary>Learning from tribunals about this area.</summary>
    public string? FromTribunals { get; private set; }

    public string RecordedById { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>
    /// Every rule a row with these details breaks; none when it can be recorded. The area is required,
    /// and at least one of the feedback, the learning and the learning from tribunals.
    /// </summary>
    public static IEnumerable<Problem> Problems(string? area, string? feedback, string? learning, string? fromTribunals)
    {
        if (string.IsNullOrWhiteSpace(area))
        {
            yield return new(nameof(Area), "Enter the area the learning is about");
        }
        else if (area.Trim().Length > AreaMaxLength)
        {
            yield return new(nameof(Area), $"The area must be {AreaMaxLength} characters or fewer");
        }

        if (string.IsNullOrWhiteSpace(feedback) && string.IsNullOrWhiteSpace(learning) && string.IsNullOrWhiteSpace(fromTribunals))
        {
            yield return new(nameof(Feedback), "Enter the feedback, the learning or the learning from tribunals");
        }

        foreach (var (detail, text, name) in new[] { (nameof(Feedback), feedback, "feedback"), (nameof(Learning), learning, "learning"), (nameof(FromTribunals), fromTribunals, "learning from tribunals") })
        {
            if (text?.Trim().Length > TextMaxLength)
            {
                yield return new(detail, $"The {name} must be {TextMaxLength:N0} characters or fewer");
            }
        }
    }
}
