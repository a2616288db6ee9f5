namespace KnowledgeBase.Search.Querying.Syntax;

internal enum QueryTokenKind
{
    Word,
    Phrase,
    Filter,
    And,
    Or,
    Not,
    Open,
    Close,
}
