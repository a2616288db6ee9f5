using KnowledgeBase.Diagnostics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KnowledgeBase.Markdown.Extensions.EntryLinks;

/// <summary>
/// Editors link entries by relative path (<c>../programmes/trident.md</c>), which also works on a git host;
/// this rewrites each to the entry's site URL and reports a missing target at its line. Links and autolinks
/// with a scheme that can run code (javascript:, data:...) are refused. Every link left in the body is recorded
/// with its line, so the link check after rendering can name the editor's file.
/// </summary>
public sealed class EntryLinkExtension : DocumentExtension
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto", "tel"];

    protected override void Process(MarkdownDocument document, MarkdownDocumentState state)
    {
        foreach (var inline in document.Descendants<Inline>().Where(i => i is LinkInline or AutolinkInline).ToList())
        {
            if (inline is AutolinkInline autolink)
            {
                CheckAutolink(autolink, state);
            }
            else
            {
                Process((LinkInline)inline, state);
            }
        }
    }

    private static void Process(LinkInline link, MarkdownDocumentState state)
    {
        var url = link.Url?.Trim() ?? "";
        if (url.Length == 0 || url.StartsWith('#'))
        {
            Record(link, url, state);
            return;
        }

        if (LinkPath.SchemeOf(url) is { } scheme)
        {
            var safe = IsSafe(scheme);
            if (!safe)
            {
                state.Diagnostics.Error(state.At(link), DiagnosticCodes.UnsafeLink,
                    $"links with '{scheme}:' are not allowed; link to an entry's .md file or an http(s) address");
                link.Url = "#";
            }

            Record(link, link.Url ?? "", state, reported: !safe);
            return;
        }

        if (url.StartsWith('/'))
        {
            link.Url = state.Context.BasePath + url.TrimStart('/');
            Record(link, link.Url, state);
            return;
        }

        var (path, fragment) = LinkPath.SplitFragment(url);
        if (!path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            Record(link, link.Url ?? "", state);
            return;
        }

        Rewrite(link, LinkPath.Resolve(state.Context.ContentPath, path), fragment, state);
    }

    private static void Rewrite(LinkInline link, string? contentPath, string fragment, MarkdownDocumentState state)
    {
        var context = state.Context;
        if (contentPath is null || !context.Targets.TryGetValue(contentPath, out var target))
        {
            var wanted = contentPath ?? link.Url!;
            var closest = Suggestions.Closest(wanted, context.Targets.Keys);
            var hint = closest is null ? "check the path from this file to the entry" : $"did you mean '{LinkPath.RelativeFrom(context.ContentPath, closest)}'?";
            context.Diagnostics.Error(context.At(link), DiagnosticCodes.BrokenLink,
                $"the link '{link.Url}' points to no entry; {hint}");
            Record(link, link.Url ?? "", state, reported: true);
            return;
        }

        if (!target.Published)
        {
            // The target is a draft or above this build's classification: keep the words, drop the link.
            context.Diagnostics.Warning(context.At(link), DiagnosticCodes.LinkToWithheldEntry,
                $"'{target.Slug}' is not published in this build (draft or higher classification); the link is shown as plain text");
            var container = new ContainerInline();
            link.ReplaceBy(container);
            link.TransferChildrenTo(container);
            return;
        }

        link.Url = target.Url + fragment;
        state.LinkedSlugs.Add(target.Slug);
        Record(link, link.Url, state);
    }

    /// <summary>
    /// An autolink (<c>&lt;scheme:...&gt;</c>) takes any scheme CommonMark allows, so it is checked like a link; a
    /// refused one is shown as text.
    /// </summary>
    private static void CheckAutolink(AutolinkInline autolink, MarkdownDocumentState state)
    {
        var url = autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url;
        var scheme = LinkPath.SchemeOf(url.Trim());
        if (scheme is not null && IsSafe(scheme))
        {
            state.Links.Add(new ContentLink(url, state.At(autolink), Reported: false));
            return;
        }

        state.Diagnostics.Error(state.At(autolink), DiagnosticCodes.UnsafeLink,
            $"links with '{scheme ?? url}:' are not allowed; link to an entry's .md file or an http(s) address");
        autolink.ReplaceBy(new LiteralInline(autolink.Url));
    }

    private static bool IsSafe(string scheme) => SafeSchemes.Contains(scheme.ToLowerInvariant());

    private static void Record(LinkInline link, string url, MarkdownDocumentState state, bool reported = false) =>
        state.Links.Add(new ContentLink(url, state.At(link), reported));
}
