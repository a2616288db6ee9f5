using System.Globalization;
using KnowledgeBase.Search.Analysis;
using KnowledgeBase.Search.Indexing;
using KnowledgeBase.Search.Lexicon;
using KnowledgeBase.Search.Querying;
using Microsoft.Data.Sqlite;

namespace KnowledgeBase.Search.Engine;

/// <summary>Reads an index file's tables into an <see cref="IndexSnapshot"/>.</summary>
internal static class SnapshotLoader
{
    public static IndexSnapshot Load(SqliteConnection connection)
    {
        var meta = Rows(connection, "SELECT key, value FROM meta", r => (r.GetString(0), r.GetString(1))).ToDictionary();
        if (meta.GetValueOrDefault("version") != IndexSchema.Version.ToString(CultureInfo.InvariantCulture))
        {
            throw new InvalidDataException($"The search index is version {meta.GetValueOrDefault("version") ?? "unknown"}; "
                + $"this engine reads version {IndexSchema.Version}. Rebuild the site.");
        }

        double[] weights = meta["weights"].Split(',').Select(w => double.Parse(w, CultureInfo.InvariantCulture)).ToArray();
        var analyzer = new TextAnalyzer();
        var lexicon = new CompiledLexicon(ReadLexicon(connection), analyzer);
        var rows = Rows(connection, "SELECT id, slug, kind, title, url, summary, title_terms, facets FROM docs",
            r => (Id: r.GetInt32(0), Slug: r.GetString(1), Kind: r.GetString(2), Title: r.GetString(3), Url: r.GetString(4),
                Summary: r.GetString(5), TitleTerms: r.GetString(6), Facets: FacetPairs.Decode(r.GetString(7)).ToArray()));
        var pairs = rows.SelectMany(r => r.Facets).Distinct().OrderBy(p => p.Facet, StringComparer.Ordinal)
            .ThenBy(p => p.Value, StringComparer.Ordinal).ToList();
        var pairIds = pairs.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
        var docs = rows.OrderBy(r => r.Id).Select(r => new DocInfo(r.Id, r.Slug, r.Kind, r.Title, r.Url, r.Summary,
                r.TitleTerms.Split(' ', StringSplitOptions.RemoveEmptyEntries), [.. r.Facets.Select(p => pairIds[p])]))
            .ToArray();
        for (int i = 0; i < docs.Length; i++)
        {
            if (docs[i].Id != i + 1)
            {
                throw new InvalidDataException("The search index's documents are not numbered from 1 without gaps. Rebuild the site.");
            }
        }

        var titleIndex = docs.SelectMany(d => d.TitleTerms.Distinct().Select(t => (Term: t, d.Id)))
            .GroupBy(x => x.Term, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(x => x.Id).ToArray(), StringComparer.Ordinal);
        var df = Rows(connection, "SELECT term, df FROM terms", r => (r.GetString(0), r.GetInt32(1))).ToDictionary(StringComparer.Ordinal);
        var words = Rows(connection, "SELECT word, term FROM words ORDER BY word", r => KeyValuePair.Create(r.GetString(0), r.GetString(1))).ToList();
        analyzer.Seed(words);
        var catalog = new FacetCatalog(lexicon, pairs, analyzer);
        // Sorted here rather than trusting SQLite's order: the writer numbered them in .NET's ordinal order.
        var numbers = new Dictionary<string, int>(df.Count, StringComparer.Ordinal);
        foreach (string term in df.Keys.Order(StringComparer.Ordinal))
        {
            numbers.Add(term, numbers.Count + 1);
        }

        var counter = new FacetCounter(pairs, catalog.NameOf);
        var carried = counter.CountPairs(docs);
        var facetTokens = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < pairs.Count; i++)
        {
            string token = FacetToken.Of(pairs[i].Facet, pairs[i].Value);
            facetTokens[token] = facetTokens.GetValueOrDefault(token) + carried[i];
        }

        return new IndexSnapshot(docs, titleIndex, weights, new IndexVocabulary(df, words), lexicon, catalog,
            counter, analyzer, numbers, facetTokens);
    }

    private static SearchLexicon ReadLexicon(SqliteConnection connection)
    {
        var glossary = Rows(connection, "SELECT acronym, expansion FROM glossary ORDER BY id", r => new GlossaryTerm(r.GetString(0), r.GetString(1))).ToList();
        var synonyms = Rows(connection, "SELECT grp, phrase FROM synonyms ORDER BY grp, ord", r => (r.GetInt32(0), r.GetString(1)))
            .GroupBy(x => x.Item1).Select(g => (IReadOnlyList<string>)g.Select(x => x.Item2).ToList()).ToList();
        var facets = Rows(connection, "SELECT facet, value, name FROM facet_values ORDER BY facet, value", r => (r.GetString(0), r.GetString(1), r.GetString(2)))
            .GroupBy(x => x.Item1)
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, string>)g.ToDictionary(x => x.Item2, x => x.Item3, StringComparer.Ordinal), StringComparer.Ordinal);
        return new SearchLexicon(glossary, synonyms, facets);
    }

    private static List<T> Rows<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> read)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
