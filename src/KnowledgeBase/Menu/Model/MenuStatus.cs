namespace KnowledgeBase.Menu;

/// <summary>Where an option or programme is in its life; the menu prefers work that runs now.</summary>
public enum MenuStatus
{
    /// <summary>The entry does not say. Ranked between pilot and planned, as most such entries describe running work.</summary>
    Unknown,
    Active,
    Pilot,
    Planned,
    Ended,
}
