namespace KnowledgeBase.Markdown.Extensions.EntryLinks;

/// <summary>The parts of a link an editor wrote: its scheme, its fragment, and the content file it names.</summary>
internal static class LinkPath
{
    /// <summary>Resolves a relative path against the linking file's folder; null when it climbs out of content/.</summary>
    public static string? Resolve(string fromContentPath, string relative)
    {
        var parts = new List<string>(fromContentPath.Split('/')[..^1]);
        if (!DotSegments.Apply(parts, Uri.UnescapeDataString(relative).Replace('\\', '/').Split('/')))
        {
            return null;
        }

        return string.Join('/', parts);
    }

    public static string RelativeFrom(string fromContentPath, string target)
    {
        var fromFolder = fromContentPath.Contains('/', StringComparison.Ordinal) ? fromContentPath[..fromContentPath.LastIndexOf('/')] : "";
        var targetFolder = target.Contains('/', StringComparison.Ordinal) ? target[..target.LastIndexOf('/')] : "";
        if (fromFolder == targetFolder)
        {
            return target[(target.LastIndexOf('/') + 1)..];
        }

        return fromFolder.Length == 0 ? target : "../" + target;
    }

    public static (string Path, string Fragment) SplitFragment(string url)
    {
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? (url, "") : (url[..hash], url[hash..]);
    }

    public static string? SchemeOf(string url)
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
