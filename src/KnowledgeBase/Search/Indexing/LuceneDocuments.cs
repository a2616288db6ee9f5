using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace KnowledgeBase.Search.Indexing;

/// <summary>A <see cref="SearchDocument"/> as Lucene fields.</summary>
internal static class LuceneDocuments
{
    /// <summary>Summary and body keep offsets in their postings: snippets mark matches straight from them.</summary>
    private static readonly FieldType Highlighted = Freeze(new FieldType(TextField.TYPE_STORED)
    {
        IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
    });

    public static Document From(SearchDocument doc)
    {
        var fields = new Document
        {
            new StringField(IndexFields.Slug, doc.Slug, Field.Store.YES),
            new StoredField(IndexFields.Kind, doc.Kind),
            new StoredField(IndexFields.Url, doc.Url),
            new StoredField(IndexFields.Status, doc.Status),
            new TextField(IndexFields.Title, doc.Title, Field.Store.YES),
            new Field(IndexFields.Summary, doc.Summary, Highlighted),
            new Field(IndexFields.Body, doc.Body, Highlighted),
        };
        if (doc.Evidence is not null)
        {
            fields.Add(new StoredField(IndexFields.Evidence, doc.Evidence));
        }

        foreach (string parent in doc.Parents)
        {
            fields.Add(new StoredField(IndexFields.Parents, parent));
        }

        foreach (string governor in doc.Governors)
        {
            fields.Add(new StoredField(IndexFields.Governors, governor));
        }

        // Keywords and taxonomy names are stored, as the other text fields are, so related entries can read every
        // ranked field of an entry back from the index.
        foreach (string keyword in doc.Keywords)
        {
            fields.Add(new TextField(IndexFields.Keywords, keyword, Field.Store.YES));
        }

        foreach (string text in doc.TermText)
        {
            fields.Add(new TextField(IndexFields.Terms, text, Field.Store.YES));
        }

        // Kind and status are facets too ("kind:option", "status:pilot"), whether or not the document lists them.
        var facets = new SortedDictionary<string, IReadOnlyList<string>>(doc.Facets.ToDictionary(), StringComparer.Ordinal);
        facets.TryAdd("kind", [doc.Kind]);
        facets.TryAdd("status", [doc.Status]);
        foreach (var (facet, values) in facets)
        {
            string name = IndexFields.Facet(facet);
            foreach (string value in values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                fields.Add(new StringField(name, value, Field.Store.NO));
                fields.Add(new SortedSetDocValuesField(name, new BytesRef(value)));
            }
        }

        return fields;
    }

    private static FieldType Freeze(FieldType type)
    {
        type.Freeze();
        return type;
    }
}
