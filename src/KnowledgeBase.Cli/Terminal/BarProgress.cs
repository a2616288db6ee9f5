using KnowledgeBase.Building;
using Spectre.Console;

namespace KnowledgeBase.Cli.Terminal;

/// <summary>Progress as a Spectre.Console bar per stage, for an interactive terminal.</summary>
public sealed class BarProgress(ProgressContext context) : IBuildProgress
{
    private readonly Dictionary<string, ProgressTask> _tasks = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public void StageStarted(string stage, int total)
    {
        lock (_gate)
        {
            var task = context.AddTask(stage, maxValue: Math.Max(total, 1));
            task.IsIndeterminate = total == 0;
            _tasks[stage] = task;
        }
    }

    public void Advanced(string stage, int done)
    {
        lock (_gate)
        {
            if (_tasks.TryGetValue(stage, out var task))
            {
                task.Value = Math.Max(task.Value, done);
            }
        }
    }

    public void StageFinished(string stage)
    {
        lock (_gate)
        {
            if (_tasks.TryGetValue(stage, out var task))
            {
                task.IsIndeterminate = false;
                task.Value = task.MaxValue;
                task.StopTask();
            }
        }
    }
}
