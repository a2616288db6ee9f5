using KnowledgeBase.Building;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Search;
using KnowledgeBase.Site;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Search.Support;

/// <summary>The real manual's search documents and lexicon, made by the real pipeline (content, Markdown, site graph).</summary>
internal static class ManualSearchDocuments
{
    private static readonly Lazy<(List<SearchDocument> Docs, SearchLexicon Lexicon)> Manual = new(() =>
    {
        var (_, _, graph) = new SiteBuilder().Assemble(new BuildRequest(Repository.Root, SiteFixture.BuildDate), new DiagnosticBag());
        return ([.. SearchDocuments.From(graph)], SearchDocuments.Lexicon(graph));
    });

    public static (List<SearchDocument> Docs, SearchLexicon Lexicon) Load() => Manual.Value;
}
