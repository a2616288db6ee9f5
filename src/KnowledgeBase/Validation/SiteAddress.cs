using KnowledgeBase.Markdown;

namespace KnowledgeBase.Validation;

/// <summary>
/// Resolves the URLs of a built page the way a browser at the site's address would: relative to the page, against
/// the site's origin and base path (<c>https://manual.example/manual/</c>), so an absolute link to the site itself
/// is checked like a root-relative one.
/// </summary>
internal sealed class SiteAddress
{
    private readonly Uri _root;

    public SiteAddress(Uri baseUrl)
    {
        var root = baseUrl.AbsoluteUri;
        _root = new Uri(root.EndsWith('/') ? root : root + "/");
    }

    public string BasePath => _root.AbsolutePath;

    /// <summary>Resolves one URL found on the page at <paramref name="pageFile"/> (below the output folder).</summary>
    public ResolvedLink Resolve(string pageFile, string url)
    {
        url = url.Trim();
        if (url.Length == 0 || url.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            return new ResolvedLink(LinkKind.None, "", null);
        }

        if (url.StartsWith('#'))
        {
            return new ResolvedLink(LinkKind.Internal, pageFile, Decode(url[1..]));
        }

        if (HasScheme(url) || url.StartsWith("//", StringComparison.Ordinal))
        {
            return Absolute(url);
        }

        var (path, fragment) = SplitFragment(StripQuery(url));
        var combined = path.StartsWith('/') ? path : BasePath + Folder(pageFile) + path;
        return Normalise(combined) is { } normalised ? InSite(normalised, fragment) : new ResolvedLink(LinkKind.OutsideSite, "", null);
    }

    /// <summary>True when a URL resolves the same from every page: root-relative or with a scheme, and not only a fragment.</summary>
    public static bool IsPageIndependent(string url) => url.StartsWith('/') || HasScheme(url);

    private ResolvedLink Absolute(string url)
    {
        if (!Uri.TryCreate(_root, url, out var uri) || !string.Equals(uri.GetLeftPart(UriPartial.Authority), _root.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase))
        {
            return new ResolvedLink(LinkKind.External, "", null);
        }

        var fragment = uri.Fragment.Length > 0 ? Decode(uri.Fragment[1..]) : null;
        return InSite(Uri.UnescapeDataString(uri.AbsolutePath), fragment);
    }

    private ResolvedLink InSite(string path, string? fragment)
    {
        if (!path.StartsWith(BasePath, StringComparison.Ordinal) && path + "/" != BasePath)
        {
            return new ResolvedLink(LinkKind.OutsideSite, "", null);
        }

        var file = path.Length <= BasePath.Length ? "" : path[BasePath.Length..];
        return new ResolvedLink(LinkKind.Internal, file.Length == 0 || file.EndsWith('/') ? file + "index.html" : file, fragment);
    }

    /// <summary>Removes '.' and '..' segments and decodes the path; null when '..' climbs above the root.</summary>
    private static string? Normalise(string path)
    {
        var parts = new List<string>();
        var segments = path.Split('/');
        if (!DotSegments.Apply(parts, segments.Skip(1).Select(Uri.UnescapeDataString)))
        {
            return null;
        }

        var trailing = segments[^1] is "" or "." or ".." ? "/" : "";
        return parts.Count == 0 ? "/" : "/" + string.Join('/', parts) + trailing;
    }

    private static string Folder(string file) => file.Contains('/', StringComparison.Ordinal) ? file[..(file.LastIndexOf('/') + 1)] : "";

    private static string StripQuery(string url)
    {
        var query = url.IndexOf('?', StringComparison.Ordinal);
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        return query < 0 || (hash >= 0 && hash < query) ? url : url[..query] + (hash < 0 ? "" : url[hash..]);
    }

    private static (string Path, string? Fragment) SplitFragment(string url)
    {
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? (url, null) : (url[..hash], Decode(url[(hash + 1)..]));
    }

    private static string Decode(string fragment) => Uri.UnescapeDataString(fragment);

    private static bool HasScheme(string url)
    {
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !char.IsAsciiLetter(url[0]))
        {
            return false;
        }

        var slash = url.IndexOfAny(['/', '?', '#']);
        return (slash < 0 || colon < slash) && url.AsSpan(0, colon).ContainsAnyExcept(SchemeChars) is false;
    }

    private static readonly System.Buffers.SearchValues<char> SchemeChars =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.");
}
