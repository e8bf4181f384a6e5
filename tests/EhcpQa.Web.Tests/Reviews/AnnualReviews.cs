using System.Net;

namespace EhcpQa.Web.Tests.Reviews;

/// <summary>Records annual reviews through the real pages, the way people do it.</summary>
internal static class AnnualReviews
{
    /// <summary>Posts the review meeting's date on its form; returns the answer.</summary>
    public static async Task<HttpResponseMessage> RecordMeetingAsync(SignedInClient client, int planId, string day, string month, string year)
    {
        var form = await client.GetPageAsync($"/plans/{planId}/reviews/new");
        var fields = FormFields.Of(form.QuerySelector("main form")!)
            .With("MeetingOn.Day", day).With("MeetingOn.Month", month).With("MeetingOn.Year", year);
        return await client.PostAsync($"/plans/{planId}/reviews/new", fields);
    }

    /// <summary>Posts the authority's decision and the day the family was told; returns the answer.</summary>
    public static async Task<HttpResponseMessage> RecordDecisionAsync(SignedInClient client, int planId, string? decision, string day, string month, string year)
    {
        var form = await client.GetPageAsync($"/plans/{planId}/reviews/decision");
        var fields = FormFields.Of(form.QuerySelector("main form")!)
            .With("DecidedOn.Day", day).With("DecidedOn.Month", month).With("DecidedOn.Year", year);
        if (decision is not null)
        {
            fields.Add(new("Decision", decision));
        }

        return await client.PostAsync($"/plans/{planId}/reviews/decision", fields);
    }

    /// <summary>Records a review meeting on 10 November 2026 and a decision to amend told on 20 November 2026.</summary>
    public static async Task DecidedToAmendAsync(SignedInClient client, int planId)
    {
        var meeting = await RecordMeetingAsync(client, planId, "10", "11", "2026");
        Assert.Equal(HttpStatusCode.Redirect, meeting.StatusCode);
        var decision = await RecordDecisionAsync(client, planId, "Amend", "20", "11", "2026");
        Assert.Equal(HttpStatusCode.Redirect, decision.StatusCode);
    }

    public static async Task<string> ErrorSummaryAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await SignedInClient.ParseAsync(response)).QuerySelector(".govuk-error-summary")?.TextContent ?? string.Empty;
    }
}
