using Lucene.Net.Search;

namespace KnowledgeBase.Search.Querying;

/// <summary>
/// A query made into Lucene queries: <paramref name="Main"/> requires every concept; <paramref name="Fallback"/>,
/// for a plain list of words, accepts entries with at least half of them (or any, when <paramref name="Main"/> finds
/// nothing). <paramref name="Highlight"/> holds every term a match may show in a snippet.
/// </summary>
internal sealed record BuiltQuery(
    Query? Main,
    Func<bool, Query>? Fallback,
    int Concepts,
    IReadOnlySet<string> Highlight,
    IReadOnlyList<string> Messages)
{
    /// <summary>Whether the query is asked as a question (it opens with a question word or ends with a question mark).</summary>
    public bool Question { get; init; }
}
