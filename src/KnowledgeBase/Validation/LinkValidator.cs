using System.Collections.Concurrent;
using System.Collections.Immutable;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Output;
using KnowledgeBase.Templates;

namespace KnowledgeBase.Validation;

/// <summary>
/// Proves the built site's links before it is written (as Statiq's ValidateLinks does): every page is read with
/// AngleSharp, and every internal <c>href</c>, <c>src</c>, <c>srcset</c>, form action and <c>#fragment</c> must name a
/// file the build writes and, for a fragment, an element id on that page. A broken link is an error at the content
/// line or template that wrote it. Links to other sites are collected, never fetched.
/// </summary>
/// <param name="cache">Scans of an earlier build's pages, reused for pages whose bytes did not change.</param>
public sealed class LinkValidator(Uri baseUrl, ThemeSource theme, PageScanCache? cache = null)
{
    private readonly PageScanCache _cache = cache ?? new PageScanCache();
    private readonly SiteAddress _address = new(baseUrl);
    private readonly LinkAttribution _attribution = new(theme);
    private readonly ConcurrentDictionary<string, (ResolvedLink, string?, string)> _verdicts = new(StringComparer.Ordinal);

    /// <summary>Checks every HTML file of <paramref name="files"/>; returns the external links, sorted.</summary>
    /// <param name="origins">Where each page came from, by its path below the output folder.</param>
    public ImmutableArray<ExternalLink> Validate(IReadOnlyList<OutputFile> files, IReadOnlyDictionary<string, PageOrigin> origins, DiagnosticBag diagnostics)
    {
        var written = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var pages = Scan(files);
        var ids = pages.ToDictionary(p => p.Path, p => p.Scan.Ids, StringComparer.Ordinal);
        var problems = new ConcurrentBag<LinkProblem>();
        var external = new ConcurrentBag<ExternalLink>();
        Parallel.ForEach(pages, page =>
        {
            var origin = origins.GetValueOrDefault(page.Path) ?? new PageOrigin(null, [], []);
            foreach (var url in page.Scan.Links)
            {
                Check(page.Path, url, origin, written, ids, problems, external);
            }
        });

        Report(problems, diagnostics);
        return [.. external.Distinct()
            .OrderBy(l => l.At.File, StringComparer.Ordinal).ThenBy(l => l.At.Line).ThenBy(l => l.At.Column).ThenBy(l => l.Url, StringComparer.Ordinal)];
    }

    /// <summary>Parses the pages on every core (each thread keeps one parser), or takes their scans from the cache.</summary>
    private List<(string Path, ScannedPage Scan)> Scan(IReadOnlyList<OutputFile> files)
    {
        var html = files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).ToList();
        var scanned = new ScannedPage[html.Count];
        Parallel.For(0, html.Count, () => new PageScanner(_cache), (i, _, scanner) =>
        {
            scanned[i] = _cache.GetOrScan(html[i], scanner.Scan);
            return scanner;
        }, _ => { });
        _cache.Commit();
        return [.. html.Select((page, i) => (page.Path, scanned[i]))];
    }

    private void Check(string page, string url, PageOrigin origin, HashSet<string> written, Dictionary<string, IReadOnlySet<string>> ids,
        ConcurrentBag<LinkProblem> problems, ConcurrentBag<ExternalLink> external)
    {
        // A root-relative or absolute URL means the same on every page (the frame's links, links to entries): judged once.
        var (link, code, hint) = SiteAddress.IsPageIndependent(url)
            ? _verdicts.GetOrAdd(url, u => Judge(page, u, written, ids))
            : Judge(page, url, written, ids);
        if (link.Kind == LinkKind.External)
        {
            foreach (var at in _attribution.Sources(origin, url))
            {
                external.Add(new ExternalLink(url.Trim(), at));
            }
        }
        else if (code is not null)
        {
            foreach (var at in _attribution.Sources(origin, url))
            {
                problems.Add(new LinkProblem(at, code, url.Trim(), link.File, hint, page));
            }
        }
    }

    private (ResolvedLink Link, string? Code, string Hint) Judge(string page, string url, HashSet<string> written, Dictionary<string, IReadOnlySet<string>> ids)
    {
        var link = _address.Resolve(page, url);
        var (code, hint) = link.Kind switch
        {
            LinkKind.External => (null, ""),
            LinkKind.OutsideSite => (DiagnosticCodes.LinkOutsideSite, "link to a page of the site or to a full http(s) address"),
            LinkKind.Internal when !written.Contains(link.File) => (DiagnosticCodes.LinkToMissingFile, MissingFileHint(link.File, written)),
            LinkKind.Internal when link.Fragment is { Length: > 0 } fragment && fragment != "top" && ids.TryGetValue(link.File, out var targetIds) && !targetIds.Contains(fragment) =>
                (DiagnosticCodes.LinkToMissingAnchor, MissingAnchorHint(fragment, targetIds)),
            _ => (null, ""),
        };
        return (link, code, hint);
    }

    /// <summary>One diagnostic per mistake: a template link broken on many pages is reported once, with a count.</summary>
    private static void Report(IEnumerable<LinkProblem> problems, DiagnosticBag diagnostics)
    {
        foreach (var group in problems.GroupBy(p => (p.At, p.Code, p.Url)))
        {
            var first = group.Select(p => p.Page).Min(StringComparer.Ordinal)!;
            var count = group.Select(p => p.Page).Distinct(StringComparer.Ordinal).Count();
            var sample = group.First(p => p.Page == first);
            var where = count == 1 ? $"on {first}" : $"on {count} pages, first {first}";
            var what = sample.Code switch
            {
                DiagnosticCodes.LinkOutsideSite => "leads outside the site",
                DiagnosticCodes.LinkToMissingAnchor => $"leads to '{sample.Target}', which has no element with that id",
                _ => $"leads to '{sample.Target}', which the build does not write",
            };
            // An empty hint is a missing file: an editor links to .md files, a template to what the site builds.
            var hint = sample.Hint.Length > 0 ? sample.Hint
                : sample.At.File.EndsWith(".md", StringComparison.Ordinal) ? "link to an entry's .md file, or to a page or file the site builds"
                : "correct the link in the template, or have the site build what it names";
            diagnostics.Error(sample.At, sample.Code, $"the link '{sample.Url}' {where} {what}; {hint}");
        }
    }

    private static string MissingFileHint(string file, HashSet<string> written) =>
        written.Contains(file + "/index.html") ? "end the link with '/' to name the page's folder" : "";

    private static string MissingAnchorHint(string fragment, IReadOnlySet<string> ids) =>
        Suggestions.Closest(fragment, ids.Order(StringComparer.Ordinal)) is { } closest
            ? $"did you mean '#{closest}'?"
            : "link to one of the page's headings";
}
