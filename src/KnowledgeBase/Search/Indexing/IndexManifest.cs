using System.Text.Json;

namespace KnowledgeBase.Search.Indexing;

/// <summary>
/// What an index was built from, kept in its commit data: the format, the highest classification it holds, a
/// fingerprint of the documents and lexicon, and the lexicon itself (the query side analyses with it).
/// </summary>
/// <param name="Classification">The build's classification ceiling ("OFFICIAL"): a reader asking for less refuses the index.</param>
/// <param name="Fingerprint">SHA-256 of the documents and lexicon, in hex.</param>
public sealed record IndexManifest(int Format, string Classification, string Fingerprint, int Documents)
{
    /// <summary>Bumped when fields or analysis change; an engine refuses other formats and the build makes a new index.</summary>
    public const int CurrentFormat = 5;

    private const string FormatKey = "kb.format", ClassificationKey = "kb.classification", FingerprintKey = "kb.fingerprint",
        DocumentsKey = "kb.documents", LexiconKey = "kb.lexicon";

    internal Dictionary<string, string> ToCommitData(SearchLexicon lexicon) => new(StringComparer.Ordinal)
    {
        [FormatKey] = Format.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [ClassificationKey] = Classification,
        [FingerprintKey] = Fingerprint,
        [DocumentsKey] = Documents.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [LexiconKey] = JsonSerializer.Serialize(lexicon, LexiconJson.Options),
    };

    internal static (IndexManifest Manifest, SearchLexicon Lexicon)? FromCommitData(IDictionary<string, string> data)
    {
        if (!data.TryGetValue(FormatKey, out string? format) || !int.TryParse(format, out int number)
            || !data.TryGetValue(LexiconKey, out string? lexicon))
        {
            return null;
        }

        var manifest = new IndexManifest(
            number,
            data.TryGetValue(ClassificationKey, out string? c) ? c : string.Empty,
            data.TryGetValue(FingerprintKey, out string? f) ? f : string.Empty,
            data.TryGetValue(DocumentsKey, out string? d) && int.TryParse(d, out int n) ? n : 0);
        return (manifest, JsonSerializer.Deserialize<SearchLexicon>(lexicon, LexiconJson.Options) ?? SearchLexicon.Empty);
    }
}
