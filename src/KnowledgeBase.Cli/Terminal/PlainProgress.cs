using System.Diagnostics;
using System.Globalization;
using KnowledgeBase.Building;

namespace KnowledgeBase.Cli.Terminal;

/// <summary>Progress as plain lines with each stage's time, for logs and redirected output where a bar would be noise.</summary>
public sealed class PlainProgress(TextWriter writer) : IBuildProgress
{
    private readonly Dictionary<string, Stopwatch> _clocks = new(StringComparer.Ordinal);

    public void StageStarted(string stage, int total)
    {
        _clocks[stage] = Stopwatch.StartNew();
        writer.WriteLine(total > 0 ? $"{stage} ({total})..." : $"{stage}...");
    }

    public void Advanced(string stage, int done)
    {
    }

    public void StageFinished(string stage)
    {
        if (_clocks.TryGetValue(stage, out var clock))
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stage}: {clock.Elapsed.TotalSeconds:0.00} s"));
        }
    }
}
