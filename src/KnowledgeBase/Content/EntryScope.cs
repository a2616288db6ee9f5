namespace KnowledgeBase.Content;

/// <summary>
/// How far an entry's work reaches. London-wide and national work is open to every borough even when a programme
/// that uses it runs in a few; without a scope, an entry is local to its boroughs (or, with none, London-wide).
/// </summary>
public enum EntryScope
{
    Local,
    LondonWide,
    National,
}
