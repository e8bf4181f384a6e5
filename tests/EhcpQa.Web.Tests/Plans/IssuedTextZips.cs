using System.IO.Compression;
using System.Net;
using EhcpQa.Domain.Frameworks;
using EhcpQa.Web.Tests.Drafts;
using EhcpQa.Web.Tests.RegisterImport;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Plans;

/// <summary>Zips of issued plans' Word documents, and the steps of adding their texts through the pages.</summary>
public static class IssuedTextZips
{
    public const string Page = "/plans/issued-texts";

    /// <summary>An issued plan's document with every section's heading and text: its split is confident.</summary>
    public static byte[] IssuedPlan(string reference)
    {
        var builder = new DocxBuilder();
        foreach (var section in PlanSections.Statutory)
        {
            builder.Section($"Section {section.Code}: {section.Title}", $"Issued text of section {section.Code} of {reference}.");
        }

        return builder.ToBytes();
    }

    /// <summary>A document with only sections A and B: its split is in doubt.</summary>
    public static byte[] Doubtful() =>
        new DocxBuilder().Section("Section A: Views, interests and aspirations", "All about me.").Section("Section B: Special educational needs", "Needs.").ToBytes();

    public static byte[] Zip(params (string Name, byte[] Content)[] files)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in files)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(content);
            }
        }

        return buffer.ToArray();
    }

    public static Task<HttpResponseMessage> UploadAsync(SignedInClient client, byte[] zip, string fileName = "issued plans.zip") =>
        client.PostFileAsync(Page, Page, "Upload.File", zip, fileName, "application/zip");

    /// <summary>Presses the preview's button to add the texts.</summary>
    public static Task<HttpResponseMessage> AddAsync(SignedInClient client, AngleSharp.Html.Dom.IHtmlDocument preview)
    {
        var form = preview.QuerySelector($"main form[action^='{Page}/']") ?? throw new InvalidOperationException("No button to add the texts");
        return client.PostAsync(form.GetAttribute("action")!, FormFields.Of(form));
    }

    public static Task<int> StoredZipsAsync(EhcpQaApp app) =>
        app.WithDatabaseAsync(db => db.StoredFiles.CountAsync(f => f.Key.StartsWith("issued-texts/")));

    /// <summary>Imports final plans of the demo caseworker through the register import; returns their ids by reference.</summary>
    public static async Task<Dictionary<string, int>> ImportPlansAsync(EhcpQaApp app, SignedInClient qaLead, params string[] references)
    {
        var preview = await RegisterUploads.UploadAndChooseOfferedColumnsAsync(qaLead,
            RegisterUploads.Csv(RegisterUploads.Headings, references.Select(r => RegisterUploads.Row(r)).ToArray()));
        Assert.Equal(HttpStatusCode.Redirect, (await RegisterUploads.ImportAsync(qaLead, preview)).StatusCode);
        return await app.WithDatabaseAsync(db => db.Plans.Where(p => references.Contains(p.Reference)).ToDictionaryAsync(p => p.Reference, p => p.Id));
    }
}
