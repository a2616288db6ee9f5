namespace KnowledgeBase.Output;

/// <summary>
/// The pages' Content-Security-Policy, written once: every page carries it in a meta element, so the site is held to
/// it on any static host (and opened from disk), and kb serve sends it as a header. Scripts and styles are files only
/// (the theme has no inline script or style element); inline <c>style</c> attributes are allowed because Markdig
/// writes table column alignment as <c>style="text-align: …"</c>.
/// </summary>
public static class ContentSecurityPolicy
{
    /// <summary>The policy a page's meta element can carry (a meta element cannot say who may frame the page).</summary>
    public const string ForPages =
        "default-src 'self'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; img-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'";

    /// <summary>The same as a response header, which can also forbid framing.</summary>
    public const string ForHeader = ForPages + "; frame-ancestors 'none'";
}
