namespace KnowledgeBase.Search.Analysis;

/// <summary>
/// The surface words of the documents one index writer analyses, handed over by <see cref="WordChainFilter"/> as
/// the ranked fields are analysed, and the number of documents using each: the text is analysed once, and the
/// vocabulary comes out of that same pass. Each word is made once per writer, however many documents use it, and
/// counts its documents itself: a word's occurrence costs a comparison, not a lookup. One instance per index writer
/// (not thread-safe).
/// </summary>
internal sealed class SurfaceWords
{
    private readonly Dictionary<string, SurfaceWord> words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SurfaceWord>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private int document;

    public SurfaceWords() => lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Each word and the number of documents, ended so far, that use it.</summary>
    public IEnumerable<(string Word, int Frequency)> Frequencies => words.Values.Select(w => (w.Text, w.Documents));

    /// <summary>The one instance this writer uses for <paramref name="word"/>.</summary>
    public SurfaceWord Intern(ReadOnlySpan<char> word)
    {
        if (!lookup.TryGetValue(word, out _, out SurfaceWord? known))
        {
            known = new SurfaceWord(new string(word));
            words.Add(known.Text, known);
        }

        return known;
    }

    /// <summary>Collects a word of the current document.</summary>
    /// <param name="word">An instance from <see cref="Intern"/>.</param>
    public void Add(SurfaceWord word)
    {
        if (word.LastDocument != document)
        {
            word.LastDocument = document;
            word.Documents++;
        }
    }

    /// <summary>Ends the current document: the next word added belongs to the next document.</summary>
    public void EndDocument() => document++;
}

/// <summary>A surface word of one writer's documents, and how many of them use it.</summary>
internal sealed class SurfaceWord(string text)
{
    public string Text { get; } = text;

    /// <summary>The documents, ended or current, that use the word.</summary>
    public int Documents { get; set; }

    /// <summary>The last document counted (-1 before the first), so that a document counts once.</summary>
    public int LastDocument { get; set; } = -1;
}
