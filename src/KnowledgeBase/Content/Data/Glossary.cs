using System.Collections.Immutable;

namespace KnowledgeBase.Content.Data;

/// <summary>The acronyms of <c>content/glossary.yml</c>, sorted by acronym.</summary>
public sealed record Glossary(ImmutableArray<GlossaryTerm> Terms)
{
    public static Glossary Empty { get; } = new([]);

    public GlossaryTerm? Find(string acronym) => Terms.FirstOrDefault(t => t.Acronym == acronym);
}
