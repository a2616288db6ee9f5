using KnowledgeBase.Search.Lexicon;

namespace KnowledgeBase.Search.Indexing;

/// <summary>What <see cref="AltExpander"/> needs to know about one folded word, looked up once per word.</summary>
/// <param name="Stop">The word is a stop word.</param>
/// <param name="Acronyms">Glossary entries whose acronym starts with the word (or with it less a plural "s"), or null.</param>
/// <param name="InLexicon">The word's term is a synonym or starts a lexicon phrase.</param>
internal readonly record struct WordFacts(bool Stop, List<AcronymEntry>? Acronyms, bool InLexicon);
