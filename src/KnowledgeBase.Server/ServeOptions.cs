using KnowledgeBase.Building;
using Microsoft.Extensions.Logging;

namespace KnowledgeBase.Server;

/// <summary>How to serve: the build to run, the port (0 picks a free one), live reload and what to watch.</summary>
public sealed record ServeOptions(BuildRequest Request, int Port, bool LiveReload, IReadOnlyList<string> Watch, string OutputFolder)
{
    public ILoggerProvider? Log { get; init; }
}
