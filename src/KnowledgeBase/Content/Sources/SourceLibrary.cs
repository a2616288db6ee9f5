using System.Collections.Immutable;
using KnowledgeBase.Content.Data;
using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Content.Sources;

/// <summary>
/// The source documents of <c>sources/</c>: each document registered under <c>sources</c> in taxonomies.yml is read
/// from <c>sources/&lt;slug&gt;.txt</c>. A site without a <c>sources/</c> folder has no texts to check citations
/// against, and publishes none.
/// </summary>
public sealed record SourceLibrary(ImmutableArray<SourceDocument> Documents)
{
    public const string Folder = "sources";

    public static SourceLibrary Empty { get; } = new([]);

    public bool IsEmpty => Documents.IsEmpty;

    public SourceDocument? Find(string name) =>
        Documents.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase));

    public static SourceLibrary Load(string siteRoot, string contentFolder, Taxonomy sources, DiagnosticBag diagnostics)
    {
        var folder = Path.Combine(siteRoot, Folder);
        if (!Directory.Exists(folder))
        {
            return Empty;
        }

        var documents = ImmutableArray.CreateBuilder<SourceDocument>();
        foreach (var term in sources.Terms)
        {
            var file = $"{Folder}/{term.Slug}.txt";
            var path = Path.Combine(folder, term.Slug + ".txt");
            if (!File.Exists(path))
            {
                diagnostics.Warning(SourceLocation.WholeFile($"{contentFolder.TrimEnd('/')}/{TaxonomyLoader.FileName}"), DiagnosticCodes.SourceDocumentMissing,
                    $"the source '{term.Name}' has no text at {file}, so its citations cannot be checked; add the document's text there");
                continue;
            }

            documents.Add(new SourceDocument(term.Slug, term.Name, term.Description ?? "", file, SourceTextParser.Parse(File.ReadAllText(path))));
        }

        return new SourceLibrary(documents.ToImmutable());
    }
}
