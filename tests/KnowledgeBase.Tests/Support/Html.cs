using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace KnowledgeBase.Tests.Support;

/// <summary>Reads built pages with AngleSharp, as a browser would, so tests ask about elements rather than match markup.</summary>
public static class Html
{
    public static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>Every URL a page links to or loads: href, src, form action and each srcset candidate.</summary>
    public static IEnumerable<string> Urls(IDocument document) =>
        document.All.SelectMany(e => new[] { e.GetAttribute("href"), e.GetAttribute("src"), e.GetAttribute("action") }
            .Concat((e.GetAttribute("srcset") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(c => c.Split(' ')[0])))
            .OfType<string>();
}
