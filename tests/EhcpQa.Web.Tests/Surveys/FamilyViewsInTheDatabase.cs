using System.Globalization;
using EhcpQa.Domain;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Surveys;

/// <summary>The demo's family surveys counted straight from the database: links sent in the months (those replaced apart), answered, and their ratings.</summary>
internal static class FamilyViewsInTheDatabase
{
    public static Task<(int Sent, int Responses, double Mean, List<string> Comments)> CountAsync(EhcpQaApp app, DateOnly first, DateOnly last) => app.WithDatabaseAsync(async db =>
    {
        var links = (await db.SurveyInvitations.AsNoTracking().Where(i => i.RevokedAt == null).ToListAsync())
            .Where(i => ServiceCalendar.DateOf(i.CreatedAt) >= first && ServiceCalendar.DateOf(i.CreatedAt) <= last)
            .ToList();
        var answers = links.Where(i => i.AnsweredAt != null).SelectMany(i => i.Answers).ToList();
        var ratings = answers.Where(a => !a.ItemCode.EndsWith("comment", StringComparison.Ordinal)).Select(a => int.Parse(a.Value, CultureInfo.InvariantCulture)).ToList();
        var comments = answers.Where(a => a.ItemCode.EndsWith("comment", StringComparison.Ordinal)).Select(a => a.Value).Distinct().ToList();
        return (links.Count, links.Count(i => i.AnsweredAt != null), ratings.Count == 0 ? 0 : ratings.Average(), comments);
    });
}
