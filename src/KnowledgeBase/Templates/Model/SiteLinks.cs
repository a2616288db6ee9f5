using KnowledgeBase.Site;

namespace KnowledgeBase.Templates.Model;

/// <summary>The URLs of the site's own pages, with the base path.</summary>
public sealed class SiteLinks(SiteUrls urls)
{
    public string Home => urls.Home;

    public string Search => urls.Search;

    /// <summary>The menu of options' form.</summary>
    public string Menu => urls.Menu;

    public string Glossary => urls.Glossary;

    /// <summary>The governance diagram's page.</summary>
    public string Governance => urls.Governance;

    /// <summary>The timeline's page.</summary>
    public string Timeline => urls.Timeline;

    public string Feed => urls.Feed;

    public string Sitemap => urls.Sitemap;
}
