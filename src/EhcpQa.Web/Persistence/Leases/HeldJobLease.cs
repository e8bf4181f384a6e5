namespace EhcpQa.Web.Persistence.Leases;

/// <summary>
/// A lease this instance holds: renewed in the background every third of its duration until disposed, then
/// given back. <see cref="Lost"/> is cancelled if a renewal finds that the lease has passed to another holder.
/// </summary>
public sealed class HeldJobLease : IAsyncDisposable
{
    private readonly JobLeases _leases;
    private readonly TimeSpan _duration;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stop = new();
    private readonly CancellationTokenSource _lost = new();
    private readonly Task _renewing;

    internal HeldJobLease(JobLeases leases, string job, string holder, TimeSpan duration, TimeProvider clock, ILogger logger)
    {
        _leases = leases;
        Job = job;
        Holder = holder;
        _duration = duration;
        _clock = clock;
        _logger = logger;
        _renewing = RenewUntilStoppedAsync();
    }

    public string Job { get; }

    public string Holder { get; }

    /// <summary>Cancelled when the lease has been lost to another holder.</summary>
    public CancellationToken Lost => _lost.Token;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _renewing;
        try
        {
            await _leases.ReleaseAsync(Job, Holder);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            // The lease expires by itself; the next holder waits at most its duration.
            _logger.LogWarning(failure, "Could not give back the lease on {Job}; it expires by itself", Job);
        }

        _stop.Dispose();
        _lost.Dispose();
    }

    private async Task RenewUntilStoppedAsync()
    {
        var every = _duration / 3;
        try
        {
            while (true)
            {
                await Task.Delay(every, _clock, _stop.Token);
                try
                {
                    if (!await _leases.RenewAsync(Job, Holder, _duration, _stop.Token))
                    {
                        _logger.LogWarning("The lease on {Job} was lost to another holder; stopping the job here", Job);
                        await _lost.CancelAsync();
                        return;
                    }
                }
                catch (Exception failure) when (failure is not OperationCanceledException)
                {
                    // Try again at the next step; the lease stays ours until it expires.
                    _logger.LogWarning(failure, "Could not renew the lease on {Job}", Job);
                }
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // Disposed: the job has finished.
        }
    }
}
