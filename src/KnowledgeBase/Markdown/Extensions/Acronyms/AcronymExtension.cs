using System.Text.RegularExpressions;
using KnowledgeBase.Content.Data;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KnowledgeBase.Markdown.Extensions.Acronyms;

/// <summary>
/// Wraps the first use of each glossary acronym in a page's body in <c>&lt;abbr title="expansion"&gt;</c>, so a
/// reader new to "BOCU" or "MAPPA" is told once without the page being cluttered. Headings are left alone:
/// they feed the table of contents. A plural ("BOCUs") counts as a use of the singular.
/// </summary>
public sealed class AcronymExtension : DocumentExtension
{
    private readonly Lock _gate = new();
    private Glossary? _glossary;
    private Regex? _pattern;

    protected override void Process(MarkdownDocument document, MarkdownDocumentState state)
    {
        if (state.Context.Glossary.Terms.IsEmpty)
        {
            return;
        }

        var pattern = PatternFor(state.Context.Glossary);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var literal in document.Descendants<LiteralInline>().ToList())
        {
            if (literal.FirstParentOfType<LinkInline>() is { IsImage: true } || literal.Parent?.ParentBlock is HeadingBlock)
            {
                continue;
            }

            Mark(literal, pattern, state.Context.Glossary, used);
        }
    }

    private static void Mark(LiteralInline literal, Regex pattern, Glossary glossary, HashSet<string> used)
    {
        var text = literal.Content.ToString();
        var match = pattern.Matches(text).FirstOrDefault(m => !used.Contains(m.Value));
        if (match is null)
        {
            return;
        }

        used.Add(match.Value);
        var term = glossary.Find(match.Value)!;
        var title = System.Net.WebUtility.HtmlEncode(term.Expansion);
        Inline current = literal;
        literal.Content = new Markdig.Helpers.StringSlice(text[..match.Index]);
        foreach (var next in new Inline[]
        {
            new HtmlInline($"<abbr title=\"{title}\">"),
            new LiteralInline(match.Value),
            new HtmlInline("</abbr>"),
        })
        {
            current.InsertAfter(next);
            current = next;
        }

        var rest = new LiteralInline(text[(match.Index + match.Length)..]);
        current.InsertAfter(rest);
        Mark(rest, pattern, glossary, used);
    }

    private Regex PatternFor(Glossary glossary)
    {
        lock (_gate)
        {
            if (!ReferenceEquals(glossary, _glossary))
            {
                var alternatives = glossary.Terms.Select(t => t.Acronym).OrderByDescending(a => a.Length).ThenBy(a => a, StringComparer.Ordinal).Select(Regex.Escape);
                _pattern = new Regex($@"(?<![\p{{L}}\p{{N}}])(?:{string.Join('|', alternatives)})(?=s?(?![\p{{L}}\p{{N}}]))", RegexOptions.CultureInvariant | RegexOptions.Compiled);
                _glossary = glossary;
            }

            return _pattern!;
        }
    }
}
