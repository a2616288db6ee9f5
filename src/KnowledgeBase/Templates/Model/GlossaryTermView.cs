using KnowledgeBase.Content.Data;

namespace KnowledgeBase.Templates.Model;

/// <summary>One acronym; <c>id</c> is its anchor, <c>entry</c> the published entry it names, if any.</summary>
public sealed record GlossaryTermView(string Acronym, string Id, string Expansion, string Definition, EntryView? Entry)
{
    internal GlossaryTermView(GlossaryTerm term, TemplateModel model)
        : this(term.Acronym, Content.Slugs.From(term.Acronym), term.Expansion, term.Definition, model.Entry(term.Entry))
    {
    }
}
