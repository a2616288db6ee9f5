namespace KnowledgeBase.Search.Indexing;

/// <summary>A word of a document's text as indexing sees it: the shared word and where it stands.</summary>
/// <param name="Word">The build's entry for the folded word.</param>
/// <param name="Start">Offset of its first character.</param>
/// <param name="End">Offset just past its last character.</param>
/// <param name="Hyphenated">True when a hyphen joins it to the word before.</param>
internal readonly record struct IndexToken(IndexWord Word, int Start, int End, bool Hyphenated);
