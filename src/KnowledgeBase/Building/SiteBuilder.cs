using System.Collections.Immutable;
using System.Diagnostics;
using KnowledgeBase.Configuration;
using KnowledgeBase.Building.Incremental;
using KnowledgeBase.Content;
using KnowledgeBase.Content.Files;
using KnowledgeBase.Content.Sources;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Markdown;
using KnowledgeBase.Output;
using KnowledgeBase.Search.Related;
using KnowledgeBase.Site;
using KnowledgeBase.Templates;
using KnowledgeBase.Templates.Engine;
using KnowledgeBase.Templates.Model;
using KnowledgeBase.Validation;

namespace KnowledgeBase.Building;

/// <summary>
/// The pipeline, end to end: configuration, content, Markdown and site graph, search index and related entries,
/// the menu catalog, templates, the link check (over pages, assets, sitemap and feed), output (those, search and
/// menu data). A check runs every stage but writes nothing; a build publishes only when no stage reported an error.
/// </summary>
public sealed class SiteBuilder
{
    // Kept from build to build by one builder (kb serve keeps one): what the last build read, rendered and scanned,
    // so a rebuild parses, renders and link-checks again only the files that changed.
    private readonly ContentCache _contentCache = new();
    private readonly SiteGraphBuilder _graphs = new(new MarkdownRenderer());
    private readonly PageScanCache _linkScans = new();

    /// <summary>The site the last build wrote, for an incremental rebuild to start from; null before the first.</summary>
    internal PublishedSite? Published { get; set; }

    public BuildResult Check(BuildRequest request) => Run(request, publish: false);

    public BuildResult Build(BuildRequest request) => Run(request, publish: true);

    private BuildResult Run(BuildRequest request, bool publish)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var progress = request.Progress;

        var (config, content, graph) = Assemble(request, diagnostics);

        var theme = new ThemeSource(request.SiteRoot, config.Theme);
        if (!theme.Exists)
        {
            diagnostics.Error(new SourceLocation(SiteConfig.FileName, 1, 1), DiagnosticCodes.ConfigBadValue,
                $"the theme '{config.Theme}' was not found; create themes/{config.Theme}/ or set 'theme: default'");
        }

        var files = new List<OutputFile>();
        var pages = 0;
        ImmutableArray<ExternalLink> external = [];
        progress?.StageStarted("Indexing for search", graph.Entries.Length);
        using var search = SearchIndexFiles.Build(graph);
        progress?.StageFinished("Indexing for search");
        var catalog = MenuCatalogs.From(graph);

        // The exported search and menu data depend on the index and the catalog alone: they are made while related
        // entries, templates and the link check run (on the core those leave idle), and kept only if the build publishes.
        var exported = publish ? Task.Run(() => (IReadOnlyList<OutputFile>)[.. SearchIndexFiles.Write(search), MenuFiles.Write(catalog)]) : null;
        IReadOnlyDictionary<string, ImmutableArray<string>> related;
        try
        {
            progress?.StageStarted("Finding related entries", graph.Entries.Length);
            related = RelatedEntries.Find(search, SearchDocuments.EditorsPicks(graph));
            progress?.StageFinished("Finding related entries");
            if (theme.Exists)
            {
                var rendered = RenderPages(new TemplateModel(graph, related), catalog, theme, diagnostics, progress);
                pages = rendered.Pages.Count;
                files.AddRange(rendered.Pages);
                files.AddRange(ThemeAssets(theme));
                files.AddRange(SiteFiles(graph, rendered));

                // A page whose template failed (already reported) is missing: every link to it would look broken too.
                if (rendered.Complete)
                {
                    external = CheckLinks(config, graph, theme, files, diagnostics, progress);
                }
            }
        }
        catch
        {
            // A stage that failed (a bug in kb) must not dispose the index while the export still reads it.
            exported?.ContinueWith(static _ => { }, TaskScheduler.Default).Wait();
            throw;
        }

        if (exported is not null)
        {
            // Waited for even when nothing is published: it reads the index, which is disposed on return.
            progress?.StageStarted("Exporting search and menu data", 0);
            var data = exported.GetAwaiter().GetResult();
            progress?.StageFinished("Exporting search and menu data");
            if (!diagnostics.HasErrors)
            {
                files.AddRange(data);
            }
        }

        var output = Path.GetFullPath(Path.Combine(request.SiteRoot, config.Output));
        var written = false;
        if (publish)
        {
            OutputGuard.Check(request.SiteRoot, config, output, diagnostics);
        }

        if (publish && !diagnostics.HasErrors)
        {
            try
            {
                progress?.StageStarted("Writing files", files.Count);
                AtomicSiteWriter.Write(output, files);
                progress?.StageFinished("Writing files");
                written = true;
                Published = new PublishedSite(request, output, theme, graph, related, catalog, files.ToDictionary(f => f.Path, StringComparer.Ordinal));
            }
            catch (IOException ex)
            {
                diagnostics.Error(SourceLocation.WholeFile(config.Output), DiagnosticCodes.OutputFailed, $"the site could not be written: {ex.Message}; the previous site is unchanged");
            }
            catch (UnauthorizedAccessException ex)
            {
                diagnostics.Error(SourceLocation.WholeFile(config.Output), DiagnosticCodes.OutputFailed, $"the site could not be written: {ex.Message}; check permissions on the output folder");
            }
        }

        return new BuildResult(
            diagnostics.ToSortedList(),
            CountByKind(graph),
            written ? pages : 0,
            written ? files.Count : 0,
            content.Entries.Length - graph.Pages.Length,
            written ? output : null,
            clock.Elapsed)
        {
            Graph = graph,
            ExternalLinks = external,
        };
    }

    /// <summary>The published entries of each kind, by the kind's id.</summary>
    internal static IReadOnlyDictionary<string, int> CountByKind(SiteGraph graph) =>
        EntryKinds.Listed.Append(EntryKind.Page).ToDictionary(EntryKinds.Id, k => graph.Pages.Count(p => p.Entry.Kind == k), StringComparer.Ordinal);

    /// <summary>
    /// The stages before layout: configuration, content and the site graph with rendered bodies. Search, the
    /// menu and tests use the graph without writing a site.
    /// </summary>
    public (SiteConfig Config, ContentSet Content, SiteGraph Graph) Assemble(BuildRequest request, DiagnosticBag diagnostics)
    {
        var progress = request.Progress;
        progress?.StageStarted("Loading content", 0);
        var config = ApplyOverrides(SiteConfigLoader.Load(request.SiteRoot, request.ConfigPath, diagnostics), request);
        var content = ContentLoader.Load(request.SiteRoot, config.Content, diagnostics, _contentCache);
        content = content with { Sources = SourceLibrary.Load(request.SiteRoot, config.Content, content.Taxonomies.Sources, diagnostics) };
        SourceCitationChecker.Check(content.Entries, content.Sources, diagnostics);
        progress?.StageFinished("Loading content");

        progress?.StageStarted("Rendering Markdown", content.Entries.Length);
        var graph = _graphs.Build(config, content, request.BuildDate, diagnostics);
        progress?.StageFinished("Rendering Markdown");
        return (config, content, graph);
    }

    private static SiteConfig ApplyOverrides(SiteConfig config, BuildRequest request) => config with
    {
        Output = request.Output ?? config.Output,
        MaxClassification = request.MaxClassification ?? config.MaxClassification,
        IncludeDrafts = request.IncludeDrafts,
    };

    /// <summary>The template stage: the theme parsed once, then every page (or those chosen) laid out on every core.</summary>
    internal static RenderedSite RenderPages(TemplateModel model, Menu.MenuCatalog catalog, ThemeSource theme, DiagnosticBag diagnostics,
        IBuildProgress? progress, Func<PageJob, bool>? only = null)
    {
        var templates = new TemplateEngine(new ThemeTemplates(theme, diagnostics), TemplateFunctions.Create(model), diagnostics);
        var renderer = new SiteRenderer(model, new SitePages(model, catalog).List(), templates);
        progress?.StageStarted("Writing pages", renderer.PageCount);
        var rendered = renderer.RenderAll(new Progress<int>(done => progress?.Advanced("Writing pages", done)), only);
        progress?.StageFinished("Writing pages");
        return rendered;
    }

    /// <summary>The sitemap and the feed: the site's lists of its pages and entries.</summary>
    internal static IEnumerable<OutputFile> SiteFiles(SiteGraph graph, RenderedSite rendered) =>
        [SitemapWriter.Write(graph, rendered.Sitemap), AtomFeedWriter.Write(graph)];

    /// <summary>The link check over every file of the site; returns the external links it found.</summary>
    internal ImmutableArray<ExternalLink> CheckLinks(SiteConfig config, SiteGraph graph, ThemeSource theme, IReadOnlyList<OutputFile> files,
        DiagnosticBag diagnostics, IBuildProgress? progress)
    {
        progress?.StageStarted("Checking links", files.Count);
        var external = new LinkValidator(config.BaseUrl, theme, _linkScans).Validate(files, PageOrigins.Of(graph, files), diagnostics);
        progress?.StageFinished("Checking links");
        return external;
    }

    private static IEnumerable<OutputFile> ThemeAssets(ThemeSource theme) =>
        theme.List("assets/").Select(path => new OutputFile(path, theme.ReadBytes(path)!));
}
