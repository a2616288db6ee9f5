namespace KnowledgeBase.Benchmarks;

/// <summary>Latency figures over a sorted sample, printed against a target as a ratio (below 1.00 meets it).</summary>
public static class Percentiles
{
    /// <summary>Runs <paramref name="run"/> once per item, timing each; the times in milliseconds, sorted.</summary>
    public static double[] TimeEach<T>(IEnumerable<T> items, Action<T> run) =>
        [.. items.Select(item =>
        {
            long start = System.Diagnostics.Stopwatch.GetTimestamp();
            run(item);
            return System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }).Order()];

    public static double Of(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1))];

    public static string Against(string label, double value, double target, string unit = "ms") =>
        $"  {label,-34} {value,9:F3} {unit}   target {target,7:F1} {unit}   ratio {value / target:F2}{(value <= target ? "" : "  (over)")}";
}
