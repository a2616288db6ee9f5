namespace KnowledgeBase.Building;

/// <summary>Receives the build's progress, so a terminal can draw a bar and a log can write lines.</summary>
public interface IBuildProgress
{
    void StageStarted(string stage, int total);

    void Advanced(string stage, int done);

    void StageFinished(string stage);
}
