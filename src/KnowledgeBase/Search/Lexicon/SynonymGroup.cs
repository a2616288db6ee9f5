namespace KnowledgeBase.Search.Lexicon;

/// <summary>A group of equivalent words or phrases, each as its content terms (stop words removed).</summary>
internal sealed record SynonymGroup(IReadOnlyList<string[]> Members)
{
    public static string TokenOf(string[] member) => LexiconToken.Join(member);
}
