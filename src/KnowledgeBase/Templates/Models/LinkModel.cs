namespace KnowledgeBase.Templates.Models;

/// <summary>A piece of text that may be a link; templates render it as &lt;a&gt; when Url is set.</summary>
public sealed record LinkModel(string Text, string? Url = null, bool Current = false);
