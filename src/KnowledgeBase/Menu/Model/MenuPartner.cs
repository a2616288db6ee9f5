namespace KnowledgeBase.Menu;

/// <summary>A partner named by an option: free text, with a URL when the name is an entry of the manual.</summary>
public sealed record MenuPartner(string Text, string? Url = null);
