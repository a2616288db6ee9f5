using KnowledgeBase.Building;

namespace KnowledgeBase.Cli.Terminal;

/// <summary>Progress as plain lines, for logs and redirected output where a bar would be noise.</summary>
public sealed class PlainProgress(TextWriter writer) : IBuildProgress
{
    public void StageStarted(string stage, int total) => writer.WriteLine(total > 0 ? $"{stage} ({total})..." : $"{stage}...");

    public void Advanced(string stage, int done)
    {
    }

    public void StageFinished(string stage)
    {
    }
}
