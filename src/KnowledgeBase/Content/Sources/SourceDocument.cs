using System.Collections.Immutable;

namespace KnowledgeBase.Content.Sources;

/// <summary>A source document from <c>sources/</c>, split into its paragraphs, under the name entries cite it by.</summary>
public sealed record SourceDocument(string Slug, string Name, string Description, string File, ImmutableArray<SourceParagraph> Blocks)
{
    /// <summary>The lettered sections with numbered paragraphs of their own, besides the main numbering.</summary>
    public IEnumerable<string> Sections => Blocks.Where(b => b.Number is not null && b.Section.Length > 0).Select(b => b.Section).Distinct(StringComparer.Ordinal);

    /// <summary>The numbered paragraph, or null; <paramref name="section"/> is matched ignoring case, "" for the main numbering.</summary>
    public SourceParagraph? Find(string section, int number) =>
        Blocks.FirstOrDefault(b => b.Number == number && string.Equals(b.Section, section, StringComparison.OrdinalIgnoreCase));

    public int LastNumber(string section) =>
        Blocks.Where(b => b.Number is not null && string.Equals(b.Section, section, StringComparison.OrdinalIgnoreCase)).Select(b => b.Number!.Value).DefaultIfEmpty(0).Max();
}
