namespace KnowledgeBase.Configuration;

/// <summary>
/// Protective markings in ascending order. A build publishes entries up to its maximum and no higher.
/// </summary>
public enum Classification
{
    Official = 0,
    OfficialSensitive = 1,
    Secret = 2,
    TopSecret = 3,
}
