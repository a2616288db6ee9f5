namespace KnowledgeBase.Content;

/// <summary>Where an entry is in its life. The menu prefers active work over ended work.</summary>
public enum EntryStatus
{
    Active,
    Pilot,
    Planned,
    Ended,
}
