using System.Collections.Immutable;
using KnowledgeBase.Content;
using KnowledgeBase.Search;

namespace KnowledgeBase.Site;

/// <summary>
/// What search sees of the site: each published entry as a <see cref="SearchDocument"/>, and the manual's
/// language (glossary, synonyms, vocabularies) as a <see cref="SearchLexicon"/>. Withheld entries are not in
/// the graph, so they cannot reach the index.
/// </summary>
public static class SearchDocuments
{
    /// <summary>Search's facet names for the content model's vocabularies.</summary>
    public static IReadOnlyDictionary<string, string> FacetOf { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["needs"] = "need",
        ["crime_types"] = "crime_type",
        ["gang_types"] = "gang_type",
        ["focus"] = "focus",
        ["boroughs"] = "borough",
        ["communities"] = "community",
        ["audiences"] = "audience",
    };

    public static IReadOnlyList<SearchDocument> From(SiteGraph graph) => [.. graph.Entries.Select(p => Document(graph, p))];

    public static SearchDocument Document(SiteGraph graph, SitePage page)
    {
        var e = page.Entry;
        var facets = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal) { ["kind"] = [EntryKinds.Id(e.Kind)] };
        var termText = new List<string>();
        foreach (var taxonomy in graph.Content.Taxonomies.Facets)
        {
            var terms = e.TermsOf(taxonomy.Key);
            facets[FacetOf[taxonomy.Key]] = terms;
            foreach (var term in terms.Select(taxonomy.Find).OfType<Content.Data.TaxonomyTerm>())
            {
                termText.Add(term.Name);

                // A borough's aliases are the places in it ("Peckham" for Southwark): its concept token already
                // reaches the entry from them, and listing every district in each entry's text made the entries of
                // many boroughs look alike to MoreLikeThis. Other aliases are other words for the term itself.
                if (taxonomy.Key != "boroughs")
                {
                    termText.AddRange(term.Aliases);
                }
            }
        }

        termText.AddRange(e.Wards);

        // People are how officers often look an entry up ("Lee Jasper"): chairs and leads weigh as keywords;
        // partners and members are long lists, so they count as body text.
        var keywords = e.Keywords.Concat(new[] { e.LeadContact, e.Chair, e.DeputyChair }.OfType<string>()).ToList();
        var partners = e.Partners.Concat(e.Members).Select(v => graph.Find(v)?.Title ?? v);

        return new SearchDocument(
            e.Slug,
            EntryKinds.Id(e.Kind),
            e.Title,
            page.Url,
            e.Summary,
            keywords,
            facets,
            termText,
            string.Join('\n', partners.Prepend(page.Rendered.PlainText)),
            e.Status is { } s ? Enums.Id(s) : "active",
            e.Evidence is { } ev ? Enums.Id(ev.Level) : null)
        {
            Parents = [.. graph.Resolve(new[] { e.Lead }.OfType<string>().Concat(e.UsedBy)).Select(p => p.Slug)
                .Where(s => s != e.Slug).Distinct(StringComparer.Ordinal)],
            Governors = [.. graph.Resolve(e.ReportsTo.Concat(e.GovernedBy)).Select(p => p.Slug)
                .Where(s => s != e.Slug).Distinct(StringComparer.Ordinal)],
        };
    }

    /// <summary>
    /// The editors' <c>related:</c> picks of every entry, in their order: published pages only (the graph resolves
    /// nothing withheld) and never the entry itself.
    /// </summary>
    public static IReadOnlyDictionary<string, ImmutableArray<string>> EditorsPicks(SiteGraph graph) =>
        graph.Entries.ToImmutableDictionary(
            p => p.Slug,
            p => graph.Resolve(p.Entry.Related).Select(r => r.Slug).Where(s => s != p.Slug).Distinct(StringComparer.Ordinal).ToImmutableArray(),
            StringComparer.Ordinal);

    public static SearchLexicon Lexicon(SiteGraph graph)
    {
        var content = graph.Content;
        var synonyms = content.Synonyms.Groups.Select(g => (IReadOnlyList<string>)g)
            .Concat(content.Taxonomies.Facets.SelectMany(t => t.Terms)
                .Where(t => !t.Aliases.IsEmpty)
                .Select(t => (IReadOnlyList<string>)[t.Name, .. t.Aliases]))
            .ToList();
        var facetValues = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal)
        {
            ["kind"] = EntryKinds.Listed.ToImmutableSortedDictionary(EntryKinds.Id, EntryKinds.Singular, StringComparer.Ordinal),
        };
        foreach (var taxonomy in content.Taxonomies.Facets)
        {
            facetValues[FacetOf[taxonomy.Key]] = taxonomy.Terms.ToImmutableSortedDictionary(t => t.Slug, t => t.Name, StringComparer.Ordinal);
        }

        return new SearchLexicon(
            [.. content.Glossary.Terms.Select(t => new GlossaryTerm(t.Acronym, t.Expansion))],
            synonyms,
            facetValues);
    }
}
