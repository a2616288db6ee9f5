using KnowledgeBase.Content;
using KnowledgeBase.Content.Sources;

namespace KnowledgeBase.Templates.Model;

/// <summary>What an entry says of its own evidence base: its citations, linked to the source texts, and what its editors inferred.</summary>
public sealed partial class EntryView
{
    /// <summary>Each <c>sources:</c> item with its paragraph marks linked to the source document's page.</summary>
    public IReadOnlyList<CitationView> Citations => [.. E.Sources.Select(Cite)];

    /// <summary>London-wide, National or Local when the entry says; null otherwise.</summary>
    public string? Scope => E.Scope is { } scope ? Enums.Name(scope) : null;

    /// <summary>The fields the editors inferred rather than took from a source, by the names the page shows them under.</summary>
    public IReadOnlyList<string> Inferred => [.. E.Inferred.Select(FieldLabel)];

    /// <summary>The same fields by their front matter names (lead, governed_by, boroughs), to mark each fact shown.</summary>
    public IReadOnlyList<string> InferredFields => E.Inferred;

    public string? InferredReason => E.InferredReason;

    private CitationView Cite(string text)
    {
        if (SourceCitationChecker.Resolve(text, _model.Graph.Content.Sources) is not { } found)
        {
            return new CitationView(text, text, null, []);
        }

        var url = _model.Urls.Source(found.Document.Slug);
        var cut = text.IndexOf('¶', StringComparison.Ordinal);
        var marks = found.Citation.Marks
            .Select(m => new LinkView(m.Text, found.Document.Find(found.Citation.Section, m.First)?.Anchor is { } anchor ? $"{url}#{anchor}" : null))
            .ToList();
        return new CitationView(text, text[..cut].TrimEnd(), url, marks);
    }

    private string FieldLabel(string field) =>
        _model.Graph.Content.Taxonomies.Facets.FirstOrDefault(t => t.Key == field) is { } taxonomy
            ? taxonomy.Title.ToLowerInvariant()
            : field.Replace('_', ' ');
}
