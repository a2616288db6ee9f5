using System.Collections.Immutable;
using System.Text;
using AngleSharp.Html.Parser;
using KnowledgeBase.Output;

namespace KnowledgeBase.Validation;

/// <summary>
/// Reads a built page with AngleSharp, as a browser would (entities decoded, misnested markup repaired), keeping only
/// what links are made of. Not thread-safe: one scanner per thread.
/// </summary>
internal sealed class PageScanner(PageScanCache cache)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
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

    // The page's text and its own text (the partials cut out), reused from page to page: a build's pages are hundreds
    // of megabytes, and a string of each, most of them in the large-object heap, kept the collector busy.
    private char[] _page = [];
    private char[] _own = [];

    /// <summary>
    /// Reads a page whose partials' output the renderer placed: the page's own text, with the partials cut out, is
    /// parsed here, and each partial's text is parsed only when the cache has not met it, this build or the last.
    /// </summary>
    public ScannedPage Scan(OutputFile page)
    {
        Grow(ref _page, Utf8.GetMaxCharCount(page.Bytes.Length));
        var length = Utf8.GetChars(page.Bytes, _page);
        return Scan(new ReadOnlyMemory<char>(_page, 0, length), page.Fragments);
    }

    private ScannedPage Scan(ReadOnlyMemory<char> html, ImmutableArray<HtmlFragment> fragments)
    {
        if (fragments.IsEmpty)
        {
            return Scan(html);
        }

        // The partials first: a partial read for the first time may hold partials of its own, read with the same
        // buffer for the text left around them (the page's text, in the other buffer, is only read meanwhile).
        var parts = new List<ScannedPage>(fragments.Length + 1);
        foreach (var fragment in Placed(fragments, html.Length))
        {
            var inner = fragment.Inner;
            parts.Add(cache.GetOrScanPartial(html.Slice(fragment.Start, fragment.Length), text => Scan(text, inner)));
        }

        Grow(ref _own, html.Length);
        var own = 0;
        var at = 0;
        foreach (var fragment in Placed(fragments, html.Length))
        {
            html.Span[at..fragment.Start].CopyTo(_own.AsSpan(own));
            own += fragment.Start - at;
            at = fragment.End;
        }

        html.Span[at..].CopyTo(_own.AsSpan(own));
        own += html.Length - at;
        parts.Add(Scan(new ReadOnlyMemory<char>(_own, 0, own)));
        return Merge(parts);
    }

    /// <summary>The fragments that can be partials: in order, inside the text; any other is read as the page's own text.</summary>
    private static IEnumerable<HtmlFragment> Placed(ImmutableArray<HtmlFragment> fragments, int length)
    {
        var at = 0;
        foreach (var fragment in fragments)
        {
            if (fragment.Start >= at && fragment.End <= length)
            {
                yield return fragment;
                at = fragment.End;
            }
        }
    }

    private static void Grow(ref char[] buffer, int length)
    {
        if (buffer.Length < length)
        {
            buffer = new char[Math.Max(length, buffer.Length * 2)];
        }
    }

    /// <summary>Reads a whole page.</summary>
    public ScannedPage Scan(string html) => Scan(html.AsMemory());

    private ScannedPage Scan(ReadOnlyMemory<char> html)
    {
        using var document = _parser.ParseDocument(html);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var links = new List<string>();
        foreach (var element in document.All)
        {
            // The tokenizer kept only the attributes links and ids are made of: each is read once, by its name.
            foreach (var attribute in element.Attributes)
            {
                var value = attribute.Value;
                switch (attribute.Name)
                {
                    case "id" when value.Length > 0:
                        ids.Add(cache.Intern(value));
                        break;
                    case "name" when value.Length > 0 && element.LocalName == "a":
                        ids.Add(cache.Intern(value));
                        break;
                    case "href" or "src" or "action":
                        links.Add(value);
                        break;
                    case "srcset":
                        links.AddRange(SrcsetUrls(value));
                        break;
                }
            }
        }

        return new ScannedPage(ids, [.. links.Distinct(StringComparer.Ordinal).Select(cache.Intern)]);
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
