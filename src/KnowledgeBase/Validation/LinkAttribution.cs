using System.Collections.Concurrent;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Templates;

namespace KnowledgeBase.Validation;

/// <summary>
/// Names the file a link on a built page was written in: the content file and line when the page's body holds the
/// link, otherwise the theme template that writes it (the line of its literal text when a template has it, else the
/// page's own layout as a whole).
/// </summary>
internal sealed class LinkAttribution(ThemeSource theme)
{
    private readonly ConcurrentDictionary<(string Template, string Url), SourceLocation?> _templateLines = new();
    private readonly Lazy<IReadOnlyList<string>> _partials = new(() => theme.List("partials/"));

    /// <summary>The places to report a link at; an empty list when content wrote it and it was reported already.</summary>
    public IReadOnlyList<SourceLocation> Sources(PageOrigin origin, string url)
    {
        if (origin.ContentFile is not null)
        {
            var decoded = Decode(url);
            var written = origin.ContentLinks.Where(l => Decode(l.Url) == decoded).ToList();
            if (written.Count > 0)
            {
                return [.. written.Where(l => !l.Reported).Select(l => l.At)];
            }
        }

        // A link the page's own templates do not spell out may be in a partial they include.
        foreach (var template in origin.Templates.Concat(_partials.Value))
        {
            if (_templateLines.GetOrAdd((template, url), key => Find(key.Template, key.Url)) is { } at)
            {
                return [at];
            }
        }

        return [SourceLocation.WholeFile(origin.Templates.Count > 0 ? FileName(origin.Templates[0]) : "themes/" + theme.ThemeName)];
    }

    private SourceLocation? Find(string template, string url)
    {
        var text = theme.ReadText(template);
        if (text is null)
        {
            return null;
        }

        foreach (var written in new[] { url, System.Net.WebUtility.HtmlEncode(url) }.Distinct(StringComparer.Ordinal))
        {
            var index = text.IndexOf('"' + written + '"', StringComparison.Ordinal);
            if (index >= 0)
            {
                var line = 1 + text.AsSpan(0, index).Count('\n');
                var column = index - (text.LastIndexOf('\n', Math.Max(index - 1, 0)) + 1) + 2;
                return new SourceLocation(FileName(template), line, column);
            }
        }

        return null;
    }

    // The file as the template diagnostics name it: the site's own override, else the embedded default's.
    private string FileName(string template) => theme.DisplayPath(template);

    private static string Decode(string url) => Uri.UnescapeDataString(url.Trim());
}
