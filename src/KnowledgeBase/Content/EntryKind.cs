namespace KnowledgeBase.Content;

/// <summary>What an entry is. The folder under <c>content/</c> decides it.</summary>
public enum EntryKind
{
    Programme,
    Board,
    Option,
    Page,
}
