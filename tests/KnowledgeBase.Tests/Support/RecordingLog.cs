using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace KnowledgeBase.Tests.Support;

/// <summary>
/// A logger provider that keeps every exception a server logs (Kestrel logs each one a request threw, answered
/// with a 500), for a test to assert there were none. A build's own errors are diagnostics, logged without one.
/// </summary>
public sealed class RecordingLog : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _exceptions = new();

    public IReadOnlyCollection<string> Exceptions => _exceptions;

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _exceptions);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> exceptions) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (exception is not null)
            {
                exceptions.Enqueue($"{category}: {formatter(state, exception)} {exception}");
            }
        }
    }
}
