using EhcpQa.Domain.Dashboards;

namespace EhcpQa.Web.Features.Dashboard;

/// <summary>
/// The dashboard's settings (section <c>Dashboard</c>): <c>Dashboard:SuppressionThreshold</c>, below which
/// a count in a cut (a locality, phase, need or setting) is hidden from board members, 5 by default. The
/// dashboard and the board summary both read it; a threshold the domain refuses stops the service at start.
/// </summary>
public sealed class DashboardOptions
{
    public const string Section = "Dashboard";

    public int SuppressionThreshold { get; set; } = Suppression.DefaultThreshold;

    /// <summary>The board's suppression at the threshold set.</summary>
    public Suppression BoardSuppression => Suppression.Board(SuppressionThreshold);

    /// <summary>Binds the section and checks it when the service starts.</summary>
    public static IServiceCollection AddTo(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DashboardOptions>()
            .Bind(configuration.GetSection(Section))
            .Validate(o => Suppression.ThresholdProblem(o.SuppressionThreshold) is null, $"{Section}:{nameof(SuppressionThreshold)}: the threshold must be a whole number from {Suppression.LeastThreshold} to {Suppression.GreatestThreshold}.")
            .ValidateOnStart();
        return services;
    }
}
