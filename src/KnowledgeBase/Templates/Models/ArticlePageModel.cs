namespace KnowledgeBase.Templates.Models;

/// <summary>The model of a plain page (About, 404): a title, summary and body.</summary>
public sealed record ArticlePageModel(string Title, string Summary, string BodyHtml, IReadOnlyList<TocModel> Toc, IReadOnlyList<string> Sources);
