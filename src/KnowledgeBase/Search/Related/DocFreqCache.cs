using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace KnowledgeBase.Search.Related;

/// <summary>
/// The index as MoreLikeThis reads it, with each term's document frequency looked up once per build. MoreLikeThis
/// asks the index how many entries hold each distinct word of every entry it characterises (about 400 per entry),
/// and each question was a walk of the term dictionary: a fifth of the related-entries stage at 10,000 entries.
/// The words of a manual repeat from entry to entry, so one walk per word serves them all. Read-only and
/// thread-safe: every core's MoreLikeThis shares it.
/// </summary>
internal sealed class DocFreqCache(IndexReader reader) : FilterAtomicReader(SlowCompositeReaderWrapper.Wrap(reader))
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, int>> _byField = new(StringComparer.Ordinal);

    private CachedFields? _fields;

    // AtomicReader.DocFreq asks for the fields on every call: one wrapper serves them all (two made at once are alike).
    public override Fields Fields => _fields ??= new CachedFields(base.Fields, this);

    private ConcurrentDictionary<string, int> Of(string field) =>
        _byField.GetOrAdd(field, static _ => new ConcurrentDictionary<string, int>(StringComparer.Ordinal));

    private sealed class CachedFields(Fields fields, DocFreqCache cache) : FilterFields(fields)
    {
        public override Terms GetTerms(string field) => m_input.GetTerms(field) is { } terms ? new CachedTerms(terms, cache.Of(field)) : null!;
    }

    private sealed class CachedTerms(Terms terms, ConcurrentDictionary<string, int> freqs) : FilterTerms(terms)
    {
        public override TermsEnum GetEnumerator() => new CachedTermsEnum(m_input, freqs);

        public override TermsEnum GetEnumerator(TermsEnum reuse) => GetEnumerator();
    }

    /// <summary>Answers <see cref="SeekExact(BytesRef)"/> and <see cref="DocFreq"/> from the cache; opens the dictionary only for a word not asked before.</summary>
    private sealed class CachedTermsEnum(Terms terms, ConcurrentDictionary<string, int> freqs) : TermsEnum
    {
        private int _docFreq;

        public override bool SeekExact(BytesRef text)
        {
            _docFreq = freqs.GetOrAdd(text.Utf8ToString(), static (_, arg) =>
            {
                var e = arg.Terms.GetEnumerator();
                return e.SeekExact(arg.Text) ? e.DocFreq : 0;
            }, (Terms: terms, Text: text));
            return _docFreq > 0;
        }

        public override int DocFreq => _docFreq;

        // MoreLikeThis asks only whether a word is there and how many entries hold it.
        public override SeekStatus SeekCeil(BytesRef text) => throw new NotSupportedException();

        public override void SeekExact(long ord) => throw new NotSupportedException();

        public override BytesRef Term => throw new NotSupportedException();

        public override long Ord => throw new NotSupportedException();

        public override long TotalTermFreq => throw new NotSupportedException();

        public override DocsEnum Docs(IBits liveDocs, DocsEnum reuse, DocsFlags flags) => throw new NotSupportedException();

        public override DocsAndPositionsEnum DocsAndPositions(IBits liveDocs, DocsAndPositionsEnum reuse, DocsAndPositionsFlags flags) => throw new NotSupportedException();

        public override bool MoveNext() => throw new NotSupportedException();

        [Obsolete("As TermsEnum.Next: use MoveNext.")]
        public override BytesRef Next() => throw new NotSupportedException();

        public override IComparer<BytesRef> Comparer => terms.Comparer;
    }
}
