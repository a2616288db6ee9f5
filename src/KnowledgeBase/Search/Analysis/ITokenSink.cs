namespace KnowledgeBase.Search.Analysis;

/// <summary>Receives the words <see cref="Tokenizer.Scan"/> finds, in order.</summary>
internal interface ITokenSink
{
    /// <param name="folded">The folded word, valid only during the call.</param>
    /// <param name="start">Offset of its first character in the text.</param>
    /// <param name="end">Offset just past its last character.</param>
    /// <param name="hyphenated">True when a hyphen joins it to the word before.</param>
    void Add(ReadOnlySpan<char> folded, int start, int end, bool hyphenated);
}
