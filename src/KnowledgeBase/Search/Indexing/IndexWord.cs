using KnowledgeBase.Search.Lexicon;

namespace KnowledgeBase.Search.Indexing;

/// <summary>
/// One distinct folded word of a build, with everything indexing asks of it worked out once: its term, whether
/// it is a stop word, the acronyms it may begin, whether the lexicon knows its term.
/// </summary>
internal sealed class IndexWord(string folded, IndexTerm term, bool stop, List<AcronymEntry>? acronyms, bool inLexicon)
{
    public string Folded { get; } = folded;

    public IndexTerm Term { get; } = term;

    /// <summary>The term's id and UTF-8 text, copied here: a token then costs one object read, not three.</summary>
    public int TermId { get; } = term.Id;

    /// <inheritdoc cref="TermId"/>
    public byte[] TermUtf8 { get; } = term.Utf8;

    public bool Stop { get; } = stop;

    /// <summary>Glossary entries whose acronym starts with the word (or with it less a plural "s"), or null.</summary>
    public List<AcronymEntry>? Acronyms { get; } = acronyms;

    /// <summary>The word's term is a synonym or starts a lexicon phrase.</summary>
    public bool InLexicon { get; } = inLexicon;

    /// <summary>
    /// Seen in a document's text (not only in a snippet's cut-off word): such words make the index's word table.
    /// Note: set without a lock; every thread only ever writes true.
    /// </summary>
    public bool InText { get; set; }
}
