using KnowledgeBase.Content.Data;

namespace KnowledgeBase.Templates.Model;

/// <summary>The glossary: content/glossary.yml's acronyms grouped by first letter.</summary>
public sealed class GlossaryPageView : PageView
{
    public required IReadOnlyList<GlossaryLetterView> Letters { get; init; }
}

/// <summary>The acronyms starting with one letter; <c>id</c> is the letter's anchor (letter-b).</summary>
public sealed record GlossaryLetterView(string Letter, string Id, IReadOnlyList<GlossaryTermView> Terms);

/// <summary>One acronym; <c>id</c> is its anchor, <c>entry</c> the published entry it names, if any.</summary>
public sealed record GlossaryTermView(string Acronym, string Id, string Expansion, string Definition, EntryView? Entry)
{
    internal GlossaryTermView(GlossaryTerm term, TemplateModel model)
        : this(term.Acronym, Content.Slugs.From(term.Acronym), term.Expansion, term.Definition, model.Entry(term.Entry))
    {
    }
}
