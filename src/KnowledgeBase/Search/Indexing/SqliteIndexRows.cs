using System.Globalization;
using System.Runtime.CompilerServices;
using KnowledgeBase.Search.Native;
using Microsoft.Data.Sqlite;

namespace KnowledgeBase.Search.Indexing;

/// <summary>
/// Inserts an index's rows, each table in sorted order, with one prepared statement per table: a document's rows
/// as soon as it is analysed (<see cref="InsertDocument"/>), then the tables that need every document's terms.
/// </summary>
internal sealed class SqliteIndexRows(SqliteConnection connection) : IDisposable
{
    private readonly RawStatement docs = new(connection, "INSERT INTO docs VALUES(?,?,?,?,?,?,?,?,?,?)");
    private readonly FtsRowWriter fts = new(connection);

    /// <summary>The rows of the document at <paramref name="position"/> (its id is one more).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void InsertDocument(int position, AnalysedDocument doc)
    {
        long id = position + 1;
        var s = doc.Source;
        docs.Bind(1, id).Bind(2, s.Slug).Bind(3, s.Kind).Bind(4, s.Title).Bind(5, s.Url).Bind(6, s.Summary).Bind(7, s.Body)
            .Bind(8, s.Status).BindUtf8(9, doc.Row.Column(IndexField.Title)).Bind(10, FacetPairs.Encode(doc.Facets)).Run();
        fts.Insert(id, doc.Row);
    }

    /// <summary>Everything after the documents: padding rows, snippets, term and word tables, lexicon, metadata.</summary>
    public void Finish(BuiltIndex index)
    {
        // Note: empty rows, one per document, never match anything. They only double the row count bm25 sees:
        // FTS5 floors the IDF of a term in more than half the rows at zero, which in an 80-entry manual silences
        // "crime", "police" and "violent" altogether; with the padding its IDF follows log(1 + N/n) as Lucene's does.
        for (int i = 0; i < index.Docs.Count * IndexField.PaddingFactor; i++)
        {
            fts.Insert(index.Docs.Count + i + 1, FtsRow.Empty);
        }

        using (var snippets = new RawStatement(connection, "INSERT INTO snippets VALUES(?,?)"))
        {
            var stored = index.Snippets;
            for (int i = 0; i < stored.Length; i++)
            {
                snippets.Bind(1, i + 1).BindBlob(2, stored[i]).Run();
            }
        }

        using (var terms = new RawStatement(connection, "INSERT INTO terms VALUES(?,?)"))
        {
            foreach (var (term, df) in index.DocumentFrequency)
            {
                terms.BindUtf8(1, term.Utf8).Bind(2, df).Run();
            }
        }

        using (var words = new RawStatement(connection, "INSERT INTO words VALUES(?,?)"))
        {
            foreach (var (word, term) in index.Words)
            {
                words.Bind(1, word).BindUtf8(2, term.Utf8).Run();
            }
        }

        InsertLexicon(index.Lexicon);
    }

    public void Dispose()
    {
        docs.Dispose();
        fts.Dispose();
    }

    /// <summary>The fields, weights and format version, first (a reader checks them before anything else).</summary>
    public void InsertMeta()
    {
        using var meta = new RawStatement(connection, "INSERT INTO meta VALUES(?,?)");
        meta.Run("fields", string.Join(',', IndexField.Names));
        meta.Run("weights", string.Join(',', IndexField.Weights.Select(w => w.ToString("R", CultureInfo.InvariantCulture))));
        meta.Run("version", IndexSchema.Version.ToString(CultureInfo.InvariantCulture));
    }

    private void InsertLexicon(SearchLexicon lexicon)
    {
        using var glossary = new RawStatement(connection, "INSERT INTO glossary VALUES(?,?,?)");
        for (int i = 0; i < lexicon.Glossary.Count; i++)
        {
            glossary.Run(i + 1, lexicon.Glossary[i].Acronym, lexicon.Glossary[i].Expansion);
        }

        using var synonyms = new RawStatement(connection, "INSERT INTO synonyms VALUES(?,?,?)");
        for (int g = 0; g < lexicon.Synonyms.Count; g++)
        {
            for (int k = 0; k < lexicon.Synonyms[g].Count; k++)
            {
                synonyms.Run(g + 1, k + 1, lexicon.Synonyms[g][k]);
            }
        }

        using var values = new RawStatement(connection, "INSERT INTO facet_values VALUES(?,?,?)");
        foreach (var (facet, map) in lexicon.FacetValues)
        {
            foreach (var (value, name) in map)
            {
                values.Run(facet, value, name);
            }
        }
    }
}
