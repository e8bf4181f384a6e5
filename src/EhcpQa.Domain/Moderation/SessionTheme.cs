using EhcpQa.Domain.Frameworks;
using EhcpQa.Domain.Staff;

namespace EhcpQa.Domain.Moderation;

/// <summary>Whether a theme of a session is something plans do well or something they must do better.</summary>
public enum ThemeKind
{
    Strength = 1,
    AreaForImprovement,
}

public static class ThemeKinds
{
    public static string Name(this ThemeKind kind) => kind switch
    {
        ThemeKind.Strength => "Strength",
        ThemeKind.AreaForImprovement => "Area for improvement",
        _ => kind.ToString(),
    };
}

/// <summary>
/// A theme a moderation session found across the plans it moderated: a strength or an area for
/// improvement, recorded against a section of the plan (or the plan overall) and the agency that raised it.
/// </summary>
public sealed class SessionTheme
{
    public const int TextMaxLength = 2000;

    private SessionTheme()
    {
        Text = string.Empty;
        RecordedById = string.Empty;
    }

    internal SessionTheme(ThemeKind kind, SectionCode section, Agency raisedBy, string text, string recordedById, DateTimeOffset recordedAt)
    {
        Kind = kind;
        Section = section;
        RaisedBy = raisedBy;
        Text = text;
        RecordedById = recordedById;
        RecordedAt = recordedAt;
    }

    public int Id { get; private set; }

    public ThemeKind Kind { get; private set; }

    public SectionCode Section { get; private set; }

    /// <summary>The agency whose representative raised the theme.</summary>
    public Agency RaisedBy { get; private set; }

    public string Text { get; private set; }

    public string RecordedById { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>Every rule a theme with these details breaks; none when it can be recorded.</summary>
    public static IEnumerable<Problem> Problems(ThemeKind kind, SectionCode section, Agency raisedBy, string? text)
    {
        if (!Enum.IsDefined(kind))
        {
            yield return new(nameof(Kind), "Select whether this is a strength or an area for improvement");
        }

        if (!Enum.IsDefined(section))
        {
            yield return new(nameof(Section), "Select the section of the plan it concerns");
        }

        if (!Enum.IsDefined(raisedBy))
        {
            yield return new(nameof(RaisedBy), "Select the agency that raised it");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            yield return new(nameof(Text), "Enter the theme");
        }
        else if (text.Trim().Length > TextMaxLength)
        {
            yield return new(nameof(Text), $"The theme must be {TextMaxLength:N0} characters or fewer");
        }
    }
}

/// <summary>The themes of a session about one section of the plan, strengths first.</summary>
public sealed record SectionThemes(SectionCode Section, IReadOnlyList<SessionTheme> Strengths, IReadOnlyList<SessionTheme> AreasForImprovement);
