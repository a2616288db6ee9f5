namespace KnowledgeBase.Search.Analysis;

/// <summary>A word found in text: its folded form and where it stands in the original.</summary>
/// <param name="Text">Lower case, accents folded, apostrophes and a possessive 's removed.</param>
/// <param name="Start">Offset of the first character in the source text.</param>
/// <param name="End">Offset just past the last character.</param>
/// <param name="Hyphenated">True when a hyphen joins this word to the one before ("anti-knife").</param>
/// <param name="Term">The word's index term when a <see cref="TextAnalyzer"/> tokenized it (null from the bare tokenizer).</param>
internal readonly record struct Token(string Text, int Start, int End, bool Hyphenated, string? Term = null)
{
    /// <summary>The token as written, for case-sensitive acronym matching.</summary>
    public string Original(string source) => source[Start..End];
}
