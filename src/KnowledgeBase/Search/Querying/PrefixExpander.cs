using KnowledgeBase.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace KnowledgeBase.Search.Querying;

/// <summary>The surface words a prefix stands for: the most frequent ones, so "s*" stays a small query.</summary>
internal sealed class PrefixExpander(IndexReader reader)
{
    // The reader never changes, so its surface words are looked up once, not for every prefix.
    private readonly Terms? words = MultiFields.GetTerms(reader, IndexFields.Words);

    public const int MaxTerms = 8;

    public IReadOnlyList<string> Expand(string prefix)
    {
        string folded = prefix.ToLowerInvariant();
        if (words is null || folded.Length == 0)
        {
            return [];
        }

        var found = new List<(string Word, int Frequency)>();
        var start = new BytesRef(folded);
        var e = words.GetEnumerator();
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
