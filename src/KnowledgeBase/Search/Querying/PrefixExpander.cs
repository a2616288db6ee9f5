using KnowledgeBase.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace KnowledgeBase.Search.Querying;

/// <summary>The surface words a prefix stands for: the most frequent ones, so "s*" stays a small query.</summary>
internal sealed class PrefixExpander(IndexReader reader)
{
    public const int MaxTerms = 8;

    public IReadOnlyList<string> Expand(string prefix)
    {
        string folded = prefix.ToLowerInvariant();
        var terms = MultiFields.GetTerms(reader, IndexFields.Words);
        if (terms is null || folded.Length == 0)
        {
            return [];
        }

        var found = new List<(string Word, int Frequency)>();
        var start = new BytesRef(folded);
        var e = terms.GetEnumerator();
        if (e.SeekCeil(start) == TermsEnum.SeekStatus.END)
        {
            return [];
        }

        do
        {
            if (!StringHelper.StartsWith(e.Term, start))
            {
                break;
            }

            found.Add((e.Term.Utf8ToString(), e.DocFreq));
        }
        while (e.MoveNext());

        return [.. found.OrderByDescending(f => f.Frequency).ThenBy(f => f.Word, StringComparer.Ordinal).Take(MaxTerms).Select(f => f.Word)];
    }
}
