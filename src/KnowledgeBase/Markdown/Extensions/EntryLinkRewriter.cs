using KnowledgeBase.Diagnostics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KnowledgeBase.Markdown.Extensions;

/// <summary>
/// Editors link entries by relative path (<c>../programmes/trident.md</c>), which also works on a git host;
/// this rewrites each to the entry's site URL and reports a missing target at its line. Links with a scheme
/// that can run code (javascript:, data:...) are refused.
/// </summary>
public sealed class EntryLinkRewriter : IDocumentExtension
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto", "tel"];

    public void Process(MarkdownDocument document, MarkdownContext context, ICollection<string> linkedSlugs)
    {
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            var url = link.Url?.Trim() ?? "";
            if (url.Length == 0 || url.StartsWith('#'))
            {
                continue;
            }

            if (SchemeOf(url) is { } scheme)
            {
                if (!SafeSchemes.Contains(scheme.ToLowerInvariant()))
                {
                    context.Diagnostics.Error(context.At(link), DiagnosticCodes.UnsafeLink,
                        $"links with '{scheme}:' are not allowed; link to an entry's .md file or an http(s) address");
                    link.Url = "#";
                }

                continue;
            }

            if (url.StartsWith('/'))
            {
                link.Url = context.BasePath + url.TrimStart('/');
                continue;
            }

            var (path, fragment) = SplitFragment(url);
            if (!path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            Rewrite(link, Resolve(context.ContentPath, path), fragment, context, linkedSlugs);
        }
    }

    private static void Rewrite(LinkInline link, string? contentPath, string fragment, MarkdownContext context, ICollection<string> linkedSlugs)
    {
        if (contentPath is null || !context.Targets.TryGetValue(contentPath, out var target))
        {
            var wanted = contentPath ?? link.Url!;
            var closest = Suggestions.Closest(wanted, context.Targets.Keys);
            var hint = closest is null ? "check the path from this file to the entry" : $"did you mean '{RelativeFrom(context.ContentPath, closest)}'?";
            context.Diagnostics.Error(context.At(link), DiagnosticCodes.BrokenLink,
                $"the link '{link.Url}' points to no entry; {hint}");
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
        linkedSlugs.Add(target.Slug);
    }

    /// <summary>Resolves a relative path against the linking file's folder; null when it climbs out of content/.</summary>
    internal static string? Resolve(string fromContentPath, string relative)
    {
        var parts = new List<string>(fromContentPath.Split('/')[..^1]);
        foreach (var part in Uri.UnescapeDataString(relative).Replace('\\', '/').Split('/'))
        {
            switch (part)
            {
                case "" or ".":
                    break;
                case "..":
                    if (parts.Count == 0)
                    {
                        return null;
                    }

                    parts.RemoveAt(parts.Count - 1);
                    break;
                default:
                    parts.Add(part);
                    break;
            }
        }

        return string.Join('/', parts);
    }

    private static string RelativeFrom(string fromContentPath, string target)
    {
        var fromFolder = fromContentPath.Contains('/', StringComparison.Ordinal) ? fromContentPath[..fromContentPath.LastIndexOf('/')] : "";
        var targetFolder = target.Contains('/', StringComparison.Ordinal) ? target[..target.LastIndexOf('/')] : "";
        if (fromFolder == targetFolder)
        {
            return target[(target.LastIndexOf('/') + 1)..];
        }

        return fromFolder.Length == 0 ? target : "../" + target;
    }

    private static (string Path, string Fragment) SplitFragment(string url)
    {
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? (url, "") : (url[..hash], url[hash..]);
    }

    private static string? SchemeOf(string url)
    {
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return null;
        }

        var scheme = url[..colon];
        return scheme.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.') && char.IsAsciiLetter(scheme[0]) ? scheme : null;
    }
}
