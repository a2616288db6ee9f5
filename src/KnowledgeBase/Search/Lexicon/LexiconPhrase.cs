namespace KnowledgeBase.Search.Lexicon;

/// <summary>A multi-term lexicon phrase: a synonym member, or an acronym's expansion or its multi-word form.</summary>
/// <param name="Terms">The phrase's content terms.</param>
/// <param name="Group">The synonym group it belongs to, if it is a synonym member.</param>
/// <param name="Acronym">The glossary entry it belongs to, if any.</param>
/// <param name="IsExpansion">True when the phrase is the acronym's expansion rather than the acronym.</param>
internal sealed record LexiconPhrase(string[] Terms, SynonymGroup? Group, AcronymEntry? Acronym, bool IsExpansion);
