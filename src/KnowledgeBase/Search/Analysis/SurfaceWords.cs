namespace KnowledgeBase.Search.Analysis;

/// <summary>
/// The surface words of the documents one index writer analyses, handed over by <see cref="WordChainFilter"/> as
/// the ranked fields are analysed, and the number of documents using each: the text is analysed once, and the
/// vocabulary comes out of that same pass. Each word string is made once per writer, however many documents use
/// it. One instance per index writer (not thread-safe).
/// </summary>
internal sealed class SurfaceWords
{
    private readonly Dictionary<string, int> frequency = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;

    // Every word added was interned first, so one string is one word: compared by reference, not hashed by content.
    private readonly HashSet<string> seen = new(ReferenceEqualityComparer.Instance);

    public SurfaceWords() => lookup = frequency.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Each word and the number of documents, ended so far, that use it.</summary>
    public IReadOnlyDictionary<string, int> Frequencies => frequency;

    /// <summary>The one string this writer uses for <paramref name="word"/>.</summary>
    public string Intern(ReadOnlySpan<char> word)
    {
        if (!lookup.TryGetValue(word, out string? text, out _))
        {
            text = new string(word);
            frequency.Add(text, 0);
        }

        return text;
    }

    /// <summary>Collects a word of the current document.</summary>
    /// <param name="word">A string from <see cref="Intern"/>.</param>
    public void Add(string word) => seen.Add(word);

    /// <summary>Counts the current document's words once each; the next word added belongs to the next document.</summary>
    public void EndDocument()
    {
        foreach (string word in seen)
        {
            frequency[word]++;
        }

        seen.Clear();
    }
}
