using System.Text.Json;

namespace KnowledgeBase.Search.Indexing;

/// <summary>How the lexicon is written into an index's commit data.</summary>
internal static class LexiconJson
{
    public static JsonSerializerOptions Options { get; } = new() { WriteIndented = false };
}
