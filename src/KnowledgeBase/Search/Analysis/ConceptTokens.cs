namespace KnowledgeBase.Search.Analysis;

/// <summary>
/// The tokens analysis adds beside a word or phrase that belongs to a lexicon group: one token per synonym group
/// ("#syn:gun") and per acronym ("#acr:ppo"), so every member of a group, single word or phrase, meets the others
/// at one term. They start with '#', which the tokenizer never keeps, so no text can produce one by accident.
/// </summary>
internal static class ConceptTokens
{
    public const char Mark = '#';
    public const string SynonymPrefix = "#syn:";
    public const string AcronymPrefix = "#acr:";

    public static bool IsConcept(ReadOnlySpan<char> term) => term.Length > 0 && term[0] == Mark;

    public static bool IsConcept(string term) => term.Length > 0 && term[0] == Mark;

    public static string Acronym(string acronym) => AcronymPrefix + acronym.ToLowerInvariant();
}
