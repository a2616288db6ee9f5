using System.Collections.Immutable;
using System.Diagnostics;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Menu;
using KnowledgeBase.Output;
using KnowledgeBase.Search.Related;
using KnowledgeBase.Site;
using KnowledgeBase.Templates;
using KnowledgeBase.Templates.Model;

namespace KnowledgeBase.Building.Incremental;

/// <summary>
/// kb serve's rebuilds. After an edit to entries alone, <see cref="Update"/> reads and renders only the changed files,
/// lays out only the pages the edit can change (<see cref="EditImpact"/>), checks every link, and writes only files
/// whose bytes changed, in place; <see cref="Settle"/> then rebuilds the search index, finds related entries again,
/// lays out the pages whose related lists moved, and swaps in a new build folder with the new index and search and
/// menu data (an index cannot be replaced file by file under its readers). Once settled, the site is byte for byte what a
/// full build of the same content writes. Any other change (a template, the config, a data file), or a first build,
/// is a full build. One rebuild at a time.
/// </summary>
public sealed class SiteUpdater
{
    private readonly SiteBuilder _builder = new();

    /// <summary>A full build, which later updates start from.</summary>
    public BuildResult Build(BuildRequest request) => _builder.Build(request);

    /// <summary>Rebuilds after the files named changed; the edited pages are written when it returns.</summary>
    public BuildResult Update(BuildRequest request, IReadOnlyCollection<string> changed)
    {
        var last = _builder.Published;
        if (last is null || last.Request with { Progress = null } != request with { Progress = null } || changed.Count == 0
            || !changed.All(path => IsEntryText(last, path)) || !Directory.Exists(last.Output))
        {
            return _builder.Build(request);
        }

        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var (_, _, graph) = _builder.Assemble(request, diagnostics);
        var theme = last.Theme;
        request.Progress?.StageStarted("Finding the pages the edit changes", 0);
        var model = new TemplateModel(graph, last.Related);
        var impact = EditImpact.Between(last.Graph, graph, last.Related, model);
        var catalog = MenuCatalogs.From(graph);
        request.Progress?.StageFinished("Finding the pages the edit changes");
        var rendered = SiteBuilder.RenderPages(model, catalog, theme, diagnostics, request.Progress, theme.HasOwnTemplates ? null : impact.Touches);
        var files = Merge(last.Files, graph, rendered);
        return Publish(request, last with { Graph = graph, Catalog = catalog, Files = files, Unsettled = last.Unsettled || !impact.IsEmpty }, rendered, diagnostics, clock, wholeFolder: false);
    }

    /// <summary>
    /// Brings the search index, the related lists and the menu data up to date after <see cref="Update"/>; null when
    /// there is nothing to do.
    /// </summary>
    /// <param name="progress">Receives the stages (those of a build, by the same names); the first build's when null.</param>
    public BuildResult? Settle(IBuildProgress? progress = null)
    {
        if (_builder.Published is not { Unsettled: true } last)
        {
            return null;
        }

        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var graph = last.Graph;
        var request = last.Request with { Progress = progress ?? last.Request.Progress };
        request.Progress?.StageStarted("Indexing for search", graph.Entries.Length);
        using var search = SearchIndexFiles.Build(graph);
        request.Progress?.StageFinished("Indexing for search");

        request.Progress?.StageStarted("Finding related entries", graph.Entries.Length);
        var related = RelatedEntries.Find(search, SearchDocuments.EditorsPicks(graph));
        request.Progress?.StageFinished("Finding related entries");
        var moved = graph.Pages.Where(p => !related.GetValueOrDefault(p.Slug, []).SequenceEqual(last.Related.GetValueOrDefault(p.Slug, [])))
            .Select(p => p.Url)
            .ToHashSet(StringComparer.Ordinal);
        var theme = last.Theme;
        var model = new TemplateModel(graph, related);
        var rendered = SiteBuilder.RenderPages(model, last.Catalog, theme, diagnostics, request.Progress, theme.HasOwnTemplates ? null : job => moved.Contains(job.Url));

        // The index and its export are written whole: their files are the ones a full build writes, not an update of them.
        // Note: made after related entries, not beside them as in a full build: related entries keep both cores busy,
        // and at 10,000 entries the two side by side took as long as one after the other (6.0 against 5.9 s).
        var files = Merge(last.Files.Where(f => !f.Key.StartsWith(SearchIndexFiles.Folder + "/", StringComparison.Ordinal)), graph, rendered);
        request.Progress?.StageStarted("Exporting search and menu data", 0);
        foreach (var file in SearchIndexFiles.Write(search).Append(MenuFiles.Write(last.Catalog)))
        {
            files[file.Path] = file;
        }

        request.Progress?.StageFinished("Exporting search and menu data");
        return Publish(request, last with { Related = related, Files = files, Unsettled = false }, rendered, diagnostics, clock, wholeFolder: true);
    }

    /// <summary>The last site's files with the pages laid out again in place, pages the site no longer has dropped.</summary>
    private static Dictionary<string, OutputFile> Merge(IEnumerable<KeyValuePair<string, OutputFile>> last, SiteGraph graph, RenderedSite rendered)
    {
        var files = last.Where(f => f.Value.Templates.Count == 0 || rendered.PagePaths.Contains(f.Key)).ToDictionary(StringComparer.Ordinal);
        foreach (var file in rendered.Pages.Concat(SiteBuilder.SiteFiles(graph, rendered)))
        {
            files[file.Path] = file;
        }

        return files;
    }

    /// <summary>
    /// Checks every link of the updated site and, when nothing is wrong, writes the files that changed: each renamed
    /// over its old self in the served folder, or, with <paramref name="wholeFolder"/>, the whole site into a new build
    /// folder swapped in at once. The search index needs the swap: its files only make an index together, and a reader
    /// opening it (a search, the served-site guard, kb search) must never meet a commit of one build and segments of another.
    /// </summary>
    private BuildResult Publish(BuildRequest request, PublishedSite next, RenderedSite rendered, DiagnosticBag diagnostics, Stopwatch clock, bool wholeFolder)
    {
        var last = _builder.Published!;
        var graph = next.Graph;
        var external = ImmutableArray<Validation.ExternalLink>.Empty;
        if (rendered.Complete)
        {
            external = _builder.CheckLinks(graph.Config, graph, next.Theme, [.. next.Files.Values], diagnostics, request.Progress);
        }

        var written = 0;
        if (!diagnostics.HasErrors)
        {
            // A file kept from the last site is the same object: only those made again are compared byte for byte.
            var changed = next.Files.Values.AsParallel()
                .Where(f => !last.Files.TryGetValue(f.Path, out var was) || (!ReferenceEquals(was, f) && !was.Bytes.AsSpan().SequenceEqual(f.Bytes)))
                .OrderBy(f => f.Path, StringComparer.Ordinal)
                .ToList();
            try
            {
                request.Progress?.StageStarted("Writing files", wholeFolder ? next.Files.Count : changed.Count);
                if (wholeFolder)
                {
                    AtomicSiteWriter.Write(next.Output, [.. next.Files.Values]);
                }
                else
                {
                    InPlaceSiteWriter.Write(next.Output, changed, [.. last.Files.Keys.Where(path => !next.Files.ContainsKey(path))]);
                }

                request.Progress?.StageFinished("Writing files");
                _builder.Published = next;
                written = changed.Count;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Some files may be new and some old: the next rebuild is a full one, which replaces the whole folder.
                _builder.Published = null;
                diagnostics.Error(SourceLocation.WholeFile(graph.Config.Output), DiagnosticCodes.OutputFailed,
                    $"the site could not be written: {ex.Message}; the next change rebuilds it whole");
            }
        }

        var failed = diagnostics.HasErrors;
        return new BuildResult(
            diagnostics.ToSortedList(),
            SiteBuilder.CountByKind(graph),
            failed ? 0 : rendered.Pages.Count,
            failed ? 0 : written,
            graph.Content.Entries.Length - graph.Pages.Length,
            failed ? null : next.Output,
            clock.Elapsed)
        {
            Graph = graph,
            ExternalLinks = external,
        };
    }

    /// <summary>
    /// A path under the content folder other than a data file: an entry's Markdown file (edited, added, deleted), or a
    /// file the build does not read, such as the temporary file an editor or <c>sed -i</c> writes and renames over an
    /// entry. A data file, a template, a source document or the config needs a full build.
    /// </summary>
    private static bool IsEntryText(PublishedSite last, string path)
    {
        var content = Path.GetFullPath(Path.Combine(last.Request.SiteRoot, last.Graph.Config.Content));
        var full = Path.GetFullPath(path);
        return full.StartsWith(content + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            && !Content.ContentLoader.DataFiles.Any(data => full == Path.Combine(content, data));
    }
}
