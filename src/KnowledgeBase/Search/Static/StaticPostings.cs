using System.Text.Json;
using KnowledgeBase.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace KnowledgeBase.Search.Static;

/// <summary>
/// Per ranked field, what Lucene's BM25 reads: the field weight, the average length (sumTotalTermFreq / maxDoc,
/// as <see cref="Lucene.Net.Search.Similarities.BM25Similarity"/> computes it), each document's length as its norm byte decodes, and every term's
/// postings as [docFreq, doc, freq, positions..., doc, freq, ...]. The summary's postings also carry each
/// position's offsets (doc, freq, then position, start, end per occurrence), from which snippets are marked.
/// </summary>
internal static class StaticPostings
{
    public static void Write(Utf8JsonWriter json, IndexReader reader)
    {
        var atomic = SlowCompositeReaderWrapper.Wrap(reader);
        json.WriteNumber("maxDoc", reader.MaxDoc);
        StaticSettings.Strings(json, "offsetFields", [IndexFields.Summary]);
        json.WriteStartObject("fields");
        foreach (string field in IndexFields.Text)
        {
            bool offsets = field == IndexFields.Summary;
            var terms = atomic.GetTerms(field);
            json.WriteStartObject(field);
            json.WriteNumber("weight", IndexFields.WeightOf(field));
            long sumTotalTermFreq = terms?.SumTotalTermFreq ?? 0;
            // BM25Similarity.AvgFieldLength, to the float.
            json.WriteNumber("avgdl", sumTotalTermFreq <= 0 ? 1f : (float)(sumTotalTermFreq / (double)reader.MaxDoc));
            Norms(json, atomic, field);
            json.WriteStartObject("postings");
            if (terms is not null)
            {
                var e = terms.GetEnumerator();
                DocsAndPositionsEnum? positions = null;
                while (e.MoveNext())
                {
                    json.WriteStartArray(e.Term.Utf8ToString());
                    json.WriteNumberValue(e.DocFreq);
                    positions = e.DocsAndPositions(null, positions, offsets ? DocsAndPositionsFlags.OFFSETS : DocsAndPositionsFlags.NONE);
                    while (positions!.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                    {
                        json.WriteNumberValue(positions.DocID);
                        json.WriteNumberValue(positions.Freq);
                        for (int n = positions.Freq; n > 0; n--)
                        {
                            json.WriteNumberValue(positions.NextPosition());
                            if (offsets)
                            {
                                json.WriteNumberValue(positions.StartOffset);
                                json.WriteNumberValue(positions.EndOffset);
                            }
                        }
                    }

                    json.WriteEndArray();
                }
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    /// <summary>
    /// Each document's field length as BM25 sees it: the norm byte decoded as BM25Similarity's table does,
    /// 1 / (f * f) with f = SmallFloat.Byte315ToSingle(byte). 0 for a document without the field (it never matches there).
    /// </summary>
    private static void Norms(Utf8JsonWriter json, AtomicReader reader, string field)
    {
        var norms = reader.GetNormValues(field);
        json.WriteStartArray("lengths");
        for (int doc = 0; doc < reader.MaxDoc; doc++)
        {
            byte norm = norms is null ? (byte)0 : (byte)norms.Get(doc);
            float f = SmallSingle.SByte315ToSingle((sbyte)norm);
            json.WriteNumberValue(norm == 0 ? 0f : 1f / (f * f));
        }

        json.WriteEndArray();
    }
}
