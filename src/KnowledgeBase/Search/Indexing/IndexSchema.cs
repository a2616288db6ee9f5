namespace KnowledgeBase.Search.Indexing;

/// <summary>The tables of the index file. Everything a query needs is here, the lexicon included.</summary>
internal static class IndexSchema
{
    /// <summary>Bumped whenever the file's layout or analysis changes; the engine refuses other versions.</summary>
    public const int Version = 3;

    public static readonly string[] Create =
    [
        "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
        // facets: the document's (facet, value) pairs, each "facet<US>value" and ended by <RS> (U+001F, U+001E: never in
        // a slug), in one column rather than a row per pair, which was a tenth of a 10,000-entry build.
        "CREATE TABLE docs(id INTEGER PRIMARY KEY, slug TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, title TEXT NOT NULL, "
            + "url TEXT NOT NULL, summary TEXT NOT NULL, body TEXT NOT NULL, status TEXT NOT NULL, title_terms TEXT NOT NULL, "
            + "facets TEXT NOT NULL)",
        // Per document, the tokens snippets scan (see SnippetTokenCodec): kept apart from docs, which ranking reads.
        "CREATE TABLE snippets(id INTEGER PRIMARY KEY, tokens BLOB NOT NULL)",
        "CREATE TABLE terms(term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID",
        "CREATE TABLE words(word TEXT PRIMARY KEY, term TEXT NOT NULL) WITHOUT ROWID",
        "CREATE TABLE glossary(id INTEGER PRIMARY KEY, acronym TEXT NOT NULL, expansion TEXT NOT NULL)",
        "CREATE TABLE synonyms(grp INTEGER NOT NULL, ord INTEGER NOT NULL, phrase TEXT NOT NULL, PRIMARY KEY(grp, ord)) WITHOUT ROWID",
        "CREATE TABLE facet_values(facet TEXT NOT NULL, value TEXT NOT NULL, name TEXT NOT NULL, PRIMARY KEY(facet, value)) WITHOUT ROWID",
        // Contentless: the text lives in docs; FTS5 keeps only the inverted index and column sizes bm25 needs.
        "CREATE VIRTUAL TABLE fts USING fts5(title, keywords, summary, terms, body, alt, facets, content='', "
            + "tokenize=\"ascii tokenchars '_'\")",
    ];
}
