namespace KnowledgeBase.Templates.Model;

/// <summary>A page with nothing of its own beyond the frame: the 404 page.</summary>
public sealed class PlainPageView : PageView;
