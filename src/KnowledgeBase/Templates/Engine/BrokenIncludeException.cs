using Scriban.Parsing;
using Scriban.Syntax;

namespace KnowledgeBase.Templates.Engine;

/// <summary>Stops a page that includes a partial whose syntax errors are already reported.</summary>
internal sealed class BrokenIncludeException(SourceSpan span, string path)
    : ScriptRuntimeException(span, $"the included template '{path}' does not parse (reported at its own lines)");
