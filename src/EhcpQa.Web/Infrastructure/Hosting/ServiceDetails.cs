namespace EhcpQa.Web.Infrastructure.Hosting;

/// <summary>What every page says about who runs the service: the <c>Service</c> section of configuration, read once at start.</summary>
public sealed class ServiceDetails
{
    /// <summary><c>Service:OrganisationName</c>: shown in the footer.</summary>
    public string OrganisationName { get; set; } = "Local authority";

    /// <summary><c>Service:FeedbackUrl</c>: where the phase banner sends feedback; without it the banner names the QA lead.</summary>
    public string? FeedbackUrl { get; set; }
}
