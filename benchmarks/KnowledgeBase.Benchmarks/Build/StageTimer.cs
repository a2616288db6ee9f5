using System.Diagnostics;
using KnowledgeBase.Building;

namespace KnowledgeBase.Benchmarks.Build;

/// <summary>Records how long each stage of a build took, from the build's own progress reports.</summary>
public sealed class StageTimer : IBuildProgress
{
    private readonly Dictionary<string, Stopwatch> _running = new(StringComparer.Ordinal);

    public Dictionary<string, List<double>> Seconds { get; } = new(StringComparer.Ordinal);

    public void StageStarted(string stage, int total) => _running[stage] = Stopwatch.StartNew();

    public void Advanced(string stage, int done)
    {
    }

    public void StageFinished(string stage)
    {
        if (_running.Remove(stage, out var watch))
        {
            if (!Seconds.TryGetValue(stage, out var list))
            {
                Seconds[stage] = list = [];
            }

            list.Add(watch.Elapsed.TotalSeconds);
        }
    }
}
