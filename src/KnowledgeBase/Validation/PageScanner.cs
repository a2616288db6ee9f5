using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using KnowledgeBase.Output;

namespace KnowledgeBase.Validation;

/// <summary>
/// Reads a built page with AngleSharp, as a browser would (entities decoded, misnested markup repaired), keeping only
/// what links are made of. Not thread-safe: one scanner per thread.
/// </summary>
internal sealed class PageScanner(Func<string, string> intern)
{
    private static readonly string[] Kept = ["id", "name", "href", "src", "srcset", "action"];

    // Text, comments and every other attribute are dropped by the tokenizer: the check reads links and ids only, and
    // building the rest of the DOM was most of the parse's time.
    private readonly HtmlParser _parser = new(new HtmlParserOptions
    {
        SkipComments = true,
        SkipDataText = true,
        SkipScriptText = true,
        SkipRawText = true,
        SkipRCDataText = true,
        SkipPlaintext = true,
        SkipCDATA = true,
        SkipProcessingInstructions = true,
        DisableElementPositionTracking = true,
        ShouldEmitAttribute = static (ref _, name) => IsKept(name.Span),
    });

    /// <summary>
    /// Reads a page whose partials' output the renderer placed: the page's own text, with the partials cut out, is
    /// parsed here, and each partial's text is parsed once per build, on the first page that shows it
    /// (<paramref name="partials"/> holds the scans by text).
    /// </summary>
    public ScannedPage Scan(string html, ImmutableArray<HtmlFragment> fragments, ConcurrentDictionary<string, ScannedPage> partials)
    {
        if (fragments.IsEmpty)
        {
            return Scan(html);
        }

        var own = new StringBuilder(html.Length);
        var parts = new List<ScannedPage>(fragments.Length + 1);
        var lookup = partials.GetAlternateLookup<ReadOnlySpan<char>>();
        var at = 0;
        foreach (var fragment in fragments)
        {
            if (fragment.Start < at || fragment.End > html.Length)
            {
                // Not where a partial can be: read as part of the page's own text.
                continue;
            }

            own.Append(html, at, fragment.Start - at);
            var text = html.AsSpan(fragment.Start, fragment.Length);
            if (!lookup.TryGetValue(text, out var scanned))
            {
                var partial = text.ToString();
                scanned = Scan(partial, fragment.Inner, partials);
                partials.TryAdd(partial, scanned);
            }

            parts.Add(scanned);
            at = fragment.End;
        }

        own.Append(html, at, html.Length - at);
        parts.Add(Scan(own.ToString()));
        return Merge(parts);
    }

    /// <summary>Reads a whole page.</summary>
    public ScannedPage Scan(string html)
    {
        using var document = _parser.ParseDocument(html);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var links = new List<string>();
        foreach (var element in document.All)
        {
            if (element.Id is { Length: > 0 } id)
            {
                ids.Add(intern(id));
            }

            if (element.LocalName == "a" && element.GetAttribute("name") is { Length: > 0 } name)
            {
                ids.Add(intern(name));
            }

            Add(element, "href", links);
            Add(element, "src", links);
            Add(element, "action", links);
            if (element.GetAttribute("srcset") is { } srcset)
            {
                links.AddRange(SrcsetUrls(srcset));
            }
        }

        return new ScannedPage(ids, [.. links.Distinct(StringComparer.Ordinal).Select(intern)]);
    }

    private static ScannedPage Merge(List<ScannedPage> parts)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var links = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            ids.UnionWith(part.Ids);
            links.UnionWith(part.Links);
        }

        return new ScannedPage(ids, [.. links]);
    }

    private static void Add(IElement element, string attribute, List<string> links)
    {
        if (element.GetAttribute(attribute) is { } value)
        {
            links.Add(value);
        }
    }

    /// <summary>The URLs of a srcset: comma-separated candidates, each a URL and an optional width or density.</summary>
    private static IEnumerable<string> SrcsetUrls(string srcset) =>
        srcset.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(candidate => candidate.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries)[0]);

    private static bool IsKept(ReadOnlySpan<char> name)
    {
        foreach (var kept in Kept)
        {
            if (name.Equals(kept, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
