using System.Net;
using Microsoft.EntityFrameworkCore;

namespace EhcpQa.Web.Tests.Security;

/// <summary>Nothing that identifies a child reaches the logs.</summary>
public sealed class LogPrivacyTests(EhcpQaApp app) : IClassFixture<EhcpQaApp>
{
    [Fact]
    public async Task CreatingAndViewingAPlan_NeverWritesTheChildsIdentifierOrDateOfBirthToTheLog()
    {
        var (caseworkerId, localityId) = await app.WithDatabaseAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == DemoUsers.Caseworker);
            return (user.Id, user.LocalityId!.Value);
        });
        var client = await app.SignInAsync(DemoUsers.Caseworker);
        var fields = PlanFormFields(caseworkerId, localityId);

        var response = await client.PostFormAsync("/plans/new", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await client.GetPageAsync(response.Headers.Location!.OriginalString);
        await client.GetAsync("/plans?reference=EHC-LOG");

        var log = app.ReadLog();
        Assert.Contains("registered by", log, StringComparison.Ordinal);
        Assert.Contains("/plans/new", log, StringComparison.Ordinal);
        Assert.DoesNotContain("QXZ", log, StringComparison.Ordinal);
        Assert.DoesNotContain("2015-07-21", log, StringComparison.Ordinal);
        Assert.DoesNotContain("21/07/2015", log, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> PlanFormFields(string caseworkerId, int localityId)
    {
        var fields = Plans.PlanFormFields.Valid("EHC-LOG-1", caseworkerId, localityId, initials: "QXZ");
        fields["Form.DateOfBirth.Day"] = "21";
        fields["Form.DateOfBirth.Month"] = "7";
        fields["Form.DateOfBirth.Year"] = "2015";
        return fields;
    }
}
