using System.Text;

namespace KnowledgeBase.Search.Indexing;

/// <summary>
/// One distinct term of a build. The id is only the build's internal handle (numbered as first seen, so it
/// varies with thread timing); every file orders terms by their text instead, so the output never depends on it.
/// </summary>
internal sealed class IndexTerm(string text, int id)
{
    public string Text { get; } = text;

    public int Id { get; } = id;

    /// <summary>The text as UTF-8, encoded once: the FTS5 rows are written as bytes, not re-encoded per token.</summary>
    public byte[] Utf8 { get; } = Encoding.UTF8.GetBytes(text);
}
