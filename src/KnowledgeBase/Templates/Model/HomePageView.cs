namespace KnowledgeBase.Templates.Model;

/// <summary>The home page: content/_index.md's text, the way in by need, and the recently reviewed entries.</summary>
public sealed class HomePageView : PageView
{
    /// <summary>The rendered text of content/_index.md (empty without one).</summary>
    public required Engine.TrustedHtml Content { get; init; }

    /// <summary>The borough map, small: where the manual's work runs (null for a site with no London boroughs).</summary>
    public BoroughMapView? BoroughMap { get; init; }
}
