using System.Globalization;
using Microsoft.Data.Sqlite;

namespace KnowledgeBase.Search.Indexing;

/// <summary>Inserts a built index's rows, each table in sorted order, with one prepared command per table.</summary>
internal static class SqliteIndexRows
{
    public static void Insert(SqliteConnection connection, BuiltIndex index)
    {
        InsertMeta(connection);
        var docs = Prepare(connection, "INSERT INTO docs VALUES($1,$2,$3,$4,$5,$6,$7,$8,$9)", 9);
        var facets = Prepare(connection, "INSERT INTO doc_facets VALUES($1,$2,$3)", 3);
        var fts = Prepare(connection, "INSERT INTO fts(rowid, title, keywords, summary, terms, body, alt, facets) VALUES($1,$2,$3,$4,$5,$6,$7,$8)", 8);
        for (int i = 0; i < index.Docs.Count; i++)
        {
            var doc = index.Docs[i];
            var s = doc.Source;
            Run(docs, i + 1, s.Slug, s.Kind, s.Title, s.Url, s.Summary, s.Body, s.Status, string.Join(' ', doc.Fields[IndexField.Title]));
            foreach (var (facet, values) in doc.Facets)
            {
                foreach (string value in values)
                {
                    Run(facets, i + 1, facet, value);
                }
            }

            var row = new object[IndexField.Names.Length + 1];
            row[0] = i + 1;
            for (int f = 0; f < IndexField.Names.Length; f++)
            {
                row[f + 1] = string.Join(' ', doc.Fields[f]);
            }

            Run(fts, row);
        }


        // Note: empty rows, one per document, never match anything. They only double the row count bm25 sees:
        // FTS5 floors the IDF of a term in more than half the rows at zero, which in an 80-entry manual silences
        // "crime", "police" and "violent" altogether; with the padding its IDF follows log(1 + N/n) as Lucene's does.
        for (int i = 0; i < index.Docs.Count * IndexField.PaddingFactor; i++)
        {
            var row = new object[IndexField.Names.Length + 1];
            row[0] = index.Docs.Count + i + 1;
            Array.Fill(row, string.Empty, 1, IndexField.Names.Length);
            Run(fts, row);
        }

        var snippets = Prepare(connection, "INSERT INTO snippets VALUES($1,$2)", 2);
        var stored = EncodeSnippets(index);
        for (int i = 0; i < stored.Length; i++)
        {
            Run(snippets, i + 1, stored[i]);
        }

        var terms = Prepare(connection, "INSERT INTO terms VALUES($1,$2)", 2);
        foreach (var (term, df) in index.DocumentFrequency)
        {
            Run(terms, term, df);
        }

        var words = Prepare(connection, "INSERT INTO words VALUES($1,$2)", 2);
        foreach (var (word, term) in index.Words)
        {
            Run(words, word, term);
        }

        InsertLexicon(connection, index.Lexicon);
    }

    /// <summary>Each document's snippet tokens, encoded on both cores (term numbers follow the sorted term table).</summary>
    private static byte[][] EncodeSnippets(BuiltIndex index)
    {
        var numbers = new Dictionary<string, int>(index.DocumentFrequency.Count, StringComparer.Ordinal);
        foreach (string term in index.DocumentFrequency.Keys)
        {
            numbers.Add(term, numbers.Count + 1);
        }

        var stored = new byte[index.Docs.Count][];
        Parallel.For(0, stored.Length, i => stored[i] = SnippetTokenCodec.Encode(index.Docs[i].Snippet, numbers));
        return stored;
    }

    private static void InsertMeta(SqliteConnection connection)
    {
        var meta = Prepare(connection, "INSERT INTO meta VALUES($1,$2)", 2);
        Run(meta, "fields", string.Join(',', IndexField.Names));
        Run(meta, "weights", string.Join(',', IndexField.Weights.Select(w => w.ToString("R", CultureInfo.InvariantCulture))));
        Run(meta, "version", IndexSchema.Version.ToString(CultureInfo.InvariantCulture));
    }

    private static void InsertLexicon(SqliteConnection connection, SearchLexicon lexicon)
    {
        var glossary = Prepare(connection, "INSERT INTO glossary VALUES($1,$2,$3)", 3);
        for (int i = 0; i < lexicon.Glossary.Count; i++)
        {
            Run(glossary, i + 1, lexicon.Glossary[i].Acronym, lexicon.Glossary[i].Expansion);
        }

        var synonyms = Prepare(connection, "INSERT INTO synonyms VALUES($1,$2,$3)", 3);
        for (int g = 0; g < lexicon.Synonyms.Count; g++)
        {
            for (int k = 0; k < lexicon.Synonyms[g].Count; k++)
            {
                Run(synonyms, g + 1, k + 1, lexicon.Synonyms[g][k]);
            }
        }

        var values = Prepare(connection, "INSERT INTO facet_values VALUES($1,$2,$3)", 3);
        foreach (var (facet, map) in lexicon.FacetValues)
        {
            foreach (var (value, name) in map)
            {
                Run(values, facet, value, name);
            }
        }
    }

    private static SqliteCommand Prepare(SqliteConnection connection, string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        for (int i = 1; i <= parameters; i++)
        {
            command.Parameters.Add(new SqliteParameter("$" + i.ToString(CultureInfo.InvariantCulture), null));
        }

        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object[] values)
    {
        for (int i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }

        command.ExecuteNonQuery();
    }
}
