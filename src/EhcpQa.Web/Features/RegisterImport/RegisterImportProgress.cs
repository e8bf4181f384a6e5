using System.Collections.Concurrent;
using System.Globalization;

namespace EhcpQa.Web.Features.RegisterImport;

/// <summary>How far an import being carried out has gone: its step, and how many of the step's plans are done.</summary>
public sealed record ImportProgressReport(ImportStep Step, int Done, int Total)
{
    /// <summary>The report in words, as the page shows it.</summary>
    public string Text => Step switch
    {
        ImportStep.CheckingRows => "Checking every row again against the register",
        ImportStep.UpdatingPlans => $"Updating {Total.ToString("N0", CultureInfo.InvariantCulture)} plans on the register",
        ImportStep.AddingPlans => $"Adding new plans: {Done.ToString("N0", CultureInfo.InvariantCulture)} of {Total.ToString("N0", CultureInfo.InvariantCulture)} saved",
        _ => "Finishing the import",
    };
}

/// <summary>The progress endpoint's answer: no step when this instance is not carrying the import out.</summary>
public sealed record ImportProgressReply(string? Step, int Done, int Total, string? Text);

/// <summary>The steps of carrying out an import, in order.</summary>
public enum ImportStep
{
    CheckingRows = 1,
    UpdatingPlans,
    AddingPlans,
    Finishing,
}

/// <summary>
/// The progress of the imports this instance is carrying out, by import id, for the page to show while it waits. Held in
/// memory only: an import runs in one database transaction, whose work other connections cannot see until it commits.
/// </summary>
public sealed class RegisterImportProgress
{
    private readonly ConcurrentDictionary<int, ImportProgressReport> _reports = new();

    public void Report(int importId, ImportStep step, int done = 0, int total = 0) => _reports[importId] = new(step, done, total);

    /// <summary>How far the import has gone; null when this instance is not carrying it out.</summary>
    public ImportProgressReport? Of(int importId) => _reports.GetValueOrDefault(importId);

    public void Finished(int importId) => _reports.TryRemove(importId, out _);
}
