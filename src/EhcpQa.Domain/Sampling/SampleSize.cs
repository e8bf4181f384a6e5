namespace EhcpQa.Domain.Sampling;

/// <summary>How many plans a sample is to have before its other rules: a number of plans, or 1 in K of all the plans.</summary>
public sealed record SampleSize
{
    /// <summary>The most plans a sample may be asked for by number.</summary>
    public const int MaxPlans = 500;

    /// <summary>The largest K of "1 in K of all plans".</summary>
    public const int MaxOneIn = 1_000;

    private SampleSize(int? plans, int? oneIn)
    {
        Plans = plans;
        OneIn = oneIn;
    }

    /// <summary>The number of plans asked for; null for 1 in K.</summary>
    public int? Plans { get; }

    /// <summary>K of "1 in K of all plans"; null for a number of plans.</summary>
    public int? OneIn { get; }

    /// <summary>A sample of <paramref name="plans"/> plans, at least 1.</summary>
    public static SampleSize Of(int plans) =>
        plans >= 1 ? new(plans, null) : throw new ArgumentOutOfRangeException(nameof(plans), plans, "A sample has at least one plan.");

    /// <summary>1 in <paramref name="k"/> of all the plans, rounded up: 1 in 10 of 437 plans is 44.</summary>
    public static SampleSize OneInEvery(int k) =>
        k is >= 1 and <= MaxOneIn ? new(null, k) : throw new ArgumentOutOfRangeException(nameof(k), k, $"1 in 1 to 1 in {MaxOneIn}.");

    public static implicit operator SampleSize(int plans) => Of(plans);

    /// <summary>The plans this rule asks for from a population of <paramref name="populationSize"/>.</summary>
    public int For(int populationSize) => Plans ?? (int)(((long)populationSize + OneIn!.Value - 1) / OneIn.Value);

    /// <summary>"20 plans", "1 plan" or "1 in 5 of all plans".</summary>
    public string Words() => Plans is { } plans ? (plans == 1 ? "1 plan" : $"{plans} plans") : $"1 in {OneIn} of all plans";

    public override string ToString() => Words();
}
