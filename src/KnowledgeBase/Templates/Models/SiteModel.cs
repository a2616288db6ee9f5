namespace KnowledgeBase.Templates.Models;

/// <summary>What every page knows of the site: its name, where things are, who owns it.</summary>
public sealed record SiteModel(
    string Title,
    string Description,
    string Language,
    string HomeUrl,
    string SearchUrl,
    string MenuUrl,
    string GlossaryUrl,
    string FeedUrl,
    string StylesheetUrl,
    string ScriptUrl,
    string Owner,
    string Contact,
    IReadOnlyList<LinkModel> Nav);
