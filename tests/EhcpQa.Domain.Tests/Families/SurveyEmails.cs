using System.Text;
using EhcpQa.Domain.Families;

namespace EhcpQa.Domain.Tests.Families;

/// <summary>Survey links given an address to be e-mailed to, sealed as the web layer seals them (here reversibly, in hex).</summary>
internal static class SurveyEmails
{
    public const string Address = "parent@example.com";

    public static string Seal(string text) => "sealed:" + Convert.ToHexString(Encoding.UTF8.GetBytes(text));

    public static string Unseal(string text) => Encoding.UTF8.GetString(Convert.FromHexString(text["sealed:".Length..]));

    /// <summary>A link made now, valid for <paramref name="validDays"/> days, to be e-mailed to <see cref="Address"/>.</summary>
    public static SurveyInvitation EmailedLink(int validDays = 28)
    {
        var link = Surveys.Link(validDays: validDays);
        link.SendByEmail(Address, Surveys.Token, Seal, Surveys.Now);
        return link;
    }
}
