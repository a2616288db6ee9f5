namespace KnowledgeBase.Validation;

/// <summary>Where a URL on a page leads, as far as the link check is concerned.</summary>
internal enum LinkKind
{
    /// <summary>Nothing to check: an empty href, a data: URI.</summary>
    None,

    /// <summary>A file of this site: <see cref="ResolvedLink.File"/> below the output folder, and maybe a fragment.</summary>
    Internal,

    /// <summary>Another site or a mail or phone link: listed by <c>kb check --external</c>, never fetched.</summary>
    External,

    /// <summary>A relative path that climbs above the site's root or leaves its base path.</summary>
    OutsideSite,
}

/// <param name="File">For an internal link, the output file it names (a folder's index.html); else empty.</param>
/// <param name="Fragment">The decoded fragment without '#', or null when the URL has none.</param>
internal readonly record struct ResolvedLink(LinkKind Kind, string File, string? Fragment);
