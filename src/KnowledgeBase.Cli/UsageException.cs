namespace KnowledgeBase.Cli;

/// <summary>A command was called wrongly (a missing site, a bad option value): exit code 2 with the message.</summary>
public sealed class UsageException(string message) : Exception(message);
