using KnowledgeBase.Content;
using KnowledgeBase.Content.Data;

namespace KnowledgeBase.Site;

/// <summary>
/// Every URL of the site, stated once. URLs are clean (<c>/programmes/trident/</c>, written as
/// <c>programmes/trident/index.html</c>) and start with the site's base path.
/// </summary>
public sealed class SiteUrls(string basePath)
{
    /// <summary>Top-level folders the site itself uses; a page may not take one of these slugs.</summary>
    public static IReadOnlyList<string> Reserved { get; } = ["assets", "glossary", "search", "menu", "programmes", "boards", "options", "pages", "sources", "governance", "timeline"];

    public string BasePath { get; } = basePath.EndsWith('/') ? basePath : basePath + "/";

    public string Home => BasePath;

    public string Entry(Entry entry) => Entry(entry.Kind, entry.Slug);

    public string Entry(EntryKind kind, string slug) =>
        kind == EntryKind.Page ? $"{BasePath}{slug}/" : $"{BasePath}{EntryKinds.Folder(kind)}/{slug}/";

    public string Kind(EntryKind kind) => $"{BasePath}{EntryKinds.Folder(kind)}/";

    public string Taxonomy(Taxonomy taxonomy) => $"{BasePath}{taxonomy.UrlSegment}/";

    public string Term(Taxonomy taxonomy, string term) => $"{BasePath}{taxonomy.UrlSegment}/{term}/";

    /// <summary>A source document's page, whose paragraphs are anchored #p1, #p2, ...</summary>
    public string Source(string slug) => $"{BasePath}sources/{slug}/";

    public string Glossary => $"{BasePath}glossary/";

    public string Search => $"{BasePath}search/";

    public string Menu => $"{BasePath}menu/";

    /// <summary>The governance diagram: every board, what it reports to and what it governs.</summary>
    public string Governance => $"{BasePath}governance/";

    /// <summary>The timeline of programmes, boards and options by their dates.</summary>
    public string Timeline => $"{BasePath}timeline/";

    public string Asset(string name) => $"{BasePath}assets/{name}";

    public string Feed => $"{BasePath}feed.xml";

    public string Sitemap => $"{BasePath}sitemap.xml";

    /// <summary>The output file for a site URL: a folder URL becomes its index.html.</summary>
    public string FileFor(string url)
    {
        var path = url[BasePath.Length..];
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }
}
