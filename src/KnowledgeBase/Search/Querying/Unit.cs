using KnowledgeBase.Search.Analysis;

namespace KnowledgeBase.Search.Querying;

/// <summary>One word of a query: a plain word, a prefix*, or a hyphenated compound ("anti-knife").</summary>
internal sealed record Unit(IReadOnlyList<Token> Tokens, bool Prefix)
{
    public bool Simple => Tokens.Count == 1 && !Prefix;

    public string Text => Tokens[0].Text;
}
