namespace KnowledgeBase.Search.Indexing;

/// <summary>A word of a document's text as indexing sees it: which word it is and where it stands.</summary>
/// <param name="Word">The folded word's number in the analysing thread's <see cref="WordCache"/>.</param>
/// <param name="Start">Offset of its first character.</param>
/// <param name="End">Offset just past its last character.</param>
/// <param name="Hyphenated">True when a hyphen joins it to the word before.</param>
internal readonly record struct IndexToken(int Word, int Start, int End, bool Hyphenated);
