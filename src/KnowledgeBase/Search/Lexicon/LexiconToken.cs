namespace KnowledgeBase.Search.Lexicon;

/// <summary>
/// A multi-word lexicon phrase becomes one token ("lethal_barrel_weapon") in the alternatives column. Users cannot
/// type it (the tokenizer splits on "_"), so it matches only through lexicon expansion.
/// </summary>
internal static class LexiconToken
{
    public static string Join(IReadOnlyList<string> terms) => string.Join('_', terms);
}
