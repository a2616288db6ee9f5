namespace KnowledgeBase.Benchmarks;

/// <summary>Latency figures over a sorted sample, printed against a target as a ratio (below 1.00 meets it).</summary>
public static class Percentiles
{
    public static double Of(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1))];

    public static string Against(string label, double value, double target, string unit = "ms") =>
        $"  {label,-34} {value,9:F3} {unit}   target {target,7:F1} {unit}   ratio {value / target:F2}{(value <= target ? "" : "  (over)")}";
}
