using System.Diagnostics;
using KnowledgeBase.Building;

namespace KnowledgeBase.Benchmarks.Build;

/// <summary>Times each stage of one build from its progress reports (the last time a stage ran wins).</summary>
public sealed class StageTimer : IBuildProgress
{
    private readonly Dictionary<string, long> _started = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TimeSpan> _times = new(StringComparer.Ordinal);

    public void StageStarted(string stage, int total) => _started[stage] = Stopwatch.GetTimestamp();

    public void Advanced(string stage, int done)
    {
    }

    public void StageFinished(string stage) => _times[stage] = Stopwatch.GetElapsedTime(_started[stage]);

    public double Seconds(string stage) => _times.TryGetValue(stage, out var time) ? time.TotalSeconds : double.NaN;
}
