using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Validation;

/// <summary>One broken link found on one page, before occurrences of the same mistake are counted together.</summary>
/// <param name="Target">The file the link leads to, for the message; empty when it leads outside the site.</param>
/// <param name="Hint">How to fix it; empty for a missing file, whose hint depends on who wrote the link.</param>
internal readonly record struct LinkProblem(SourceLocation At, string Code, string Url, string Target, string Hint, string Page);
