using Microsoft.Extensions.Logging;

namespace KnowledgeBase.Cli.Terminal;

/// <summary>Writes the server's log as plain timestamped lines to the command's own writer.</summary>
public sealed class LineLoggerProvider(TextWriter writer) : ILoggerProvider
{
    private readonly Lock _gate = new();

    // The framework's own request and lifetime chatter is shown only when something goes wrong.
    public ILogger CreateLogger(string categoryName) =>
        new LineLogger(this, categoryName.StartsWith("Microsoft.", StringComparison.Ordinal) ? LogLevel.Warning : LogLevel.Information);

    public void Dispose()
    {
    }

    private void Write(string line)
    {
        lock (_gate)
        {
            writer.WriteLine(line);
            writer.Flush();
        }
    }

    private sealed class LineLogger(LineLoggerProvider provider, LogLevel minimum) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= minimum;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                provider.Write($"{DateTime.Now:HH:mm:ss} {formatter(state, exception)}");
            }
        }
    }
}
