namespace KnowledgeBase.Search.Analysis;

/// <summary>One member of a lexicon group, as analysed terms, and the concept token it stands for.</summary>
internal sealed record ConceptPhrase(string[] Terms, string Concept)
{
    public static IEqualityComparer<ConceptPhrase> Comparer { get; } = new PhraseComparer();

    private sealed class PhraseComparer : IEqualityComparer<ConceptPhrase>
    {
        public bool Equals(ConceptPhrase? x, ConceptPhrase? y) =>
            x is not null && y is not null && x.Concept == y.Concept && x.Terms.SequenceEqual(y.Terms);

        public int GetHashCode(ConceptPhrase obj) => HashCode.Combine(obj.Concept, obj.Terms.Length, obj.Terms.FirstOrDefault());
    }
}
