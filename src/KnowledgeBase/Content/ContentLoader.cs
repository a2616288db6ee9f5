using System.Collections.Immutable;
using KnowledgeBase.Content.Data;
using KnowledgeBase.Content.Files;
using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Content;

/// <summary>
/// Loads <c>content/</c>: the data files first (entries are checked against them), then every entry in
/// parallel, then the checks that need all entries at once. Files are read in ordinal path order and
/// results kept in that order, so the outcome never depends on thread timing.
/// </summary>
public static class ContentLoader
{
    public const string HomeFile = "_index.md";

    /// <summary>The data files at the content folder's root, which every entry is read or rendered against.</summary>
    public static IReadOnlyList<string> DataFiles { get; } = [TaxonomyLoader.FileName, GlossaryLoader.FileName, SynonymLoader.FileName];

    /// <param name="cache">The last load's parses, reused for files that have not changed (kb serve keeps one).</param>
    public static ContentSet Load(string siteRoot, string contentFolder, DiagnosticBag diagnostics, ContentCache? cache = null)
    {
        cache ??= new ContentCache();
        var contentRoot = Path.GetFullPath(Path.Combine(siteRoot, contentFolder));
        var display = contentFolder.Replace('\\', '/').TrimEnd('/');
        if (!Directory.Exists(contentRoot))
        {
            diagnostics.Error(SourceLocation.WholeFile(display), DiagnosticCodes.UnknownFolder,
                $"the content folder was not found; create '{display}/' with programmes/, boards/ and options/ (see README.md)");
            return ContentSet.Empty;
        }

        var taxonomies = ReadData(cache, contentRoot, display, TaxonomyLoader.FileName, diagnostics, TaxonomyLoader.Parse, TaxonomySet.Empty, required: true);
        var (glossary, glossaryReferences) = ReadData(cache, contentRoot, display, GlossaryLoader.FileName, diagnostics, GlossaryLoader.Parse, (Glossary.Empty, []), required: false);
        var synonyms = ReadData(cache, contentRoot, display, SynonymLoader.FileName, diagnostics, SynonymLoader.Parse, SynonymSet.Empty, required: false);

        var files = FindMarkdown(contentRoot, display, diagnostics);
        var reader = new EntryReader(taxonomies);
        var loaded = new Entry?[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var (path, kind, slug) = files[i];
            var relative = Path.GetRelativePath(contentRoot, path).Replace('\\', '/');
            loaded[i] = cache.Get(path, own =>
            {
                var text = SourceFileReader.Read(path, $"{display}/{relative}", own);
                return text is null ? null : reader.Read(new SourceFile($"{display}/{relative}", relative, text), slug, kind, own);
            }, diagnostics, basis: taxonomies);
        });
        cache.Sweep();

        var home = loaded.Zip(files).Where(p => p.Second.Slug == "").Select(p => p.First).FirstOrDefault();
        var entries = loaded.Zip(files).Where(p => p.Second.Slug != "" && p.First is not null).Select(p => p.First!).ToImmutableArray();
        entries = RemoveDuplicateSlugs(entries, diagnostics);
        ReferenceValidator.Validate(entries, diagnostics);
        ReferenceCycles.Report(entries, diagnostics);
        ReferenceValidator.ValidateGlossary(glossaryReferences, entries, diagnostics);
        return new ContentSet(taxonomies, glossary, synonyms, entries, home);
    }

    private static T ReadData<T>(ContentCache cache, string contentRoot, string display, string fileName, DiagnosticBag diagnostics,
        Func<string, string, DiagnosticBag, T> parse, T empty, bool required)
    {
        var path = Path.Combine(contentRoot, fileName);
        if (File.Exists(path) || new FileInfo(path).LinkTarget is not null)
        {
            return cache.Get(path, own =>
            {
                var text = SourceFileReader.Read(path, $"{display}/{fileName}", own);
                return text is null ? empty : parse(text, $"{display}/{fileName}", own);
            }, diagnostics);
        }

        if (required)
        {
            diagnostics.Error(SourceLocation.WholeFile($"{display}/{fileName}"), DiagnosticCodes.TaxonomiesInvalid,
                $"'{fileName}' was not found; the controlled vocabularies live there (see README.md)");
        }

        return empty;
    }

    /// <summary>Every Markdown file with its kind and slug; the home page has the empty slug.</summary>
    private static List<(string Path, EntryKind Kind, string Slug)> FindMarkdown(string contentRoot, string display, DiagnosticBag diagnostics)
    {
        var found = new List<(string, EntryKind, string)>();
        var all = ContentTree.FindMarkdown(contentRoot, display, diagnostics);
        foreach (var path in all)
        {
            var relative = Path.GetRelativePath(contentRoot, path).Replace('\\', '/');
            var parts = relative.Split('/');
            var at = SourceLocation.WholeFile($"{display}/{relative}");
            if (parts is [HomeFile])
            {
                found.Add((path, EntryKind.Page, ""));
                continue;
            }

            if (parts.Length != 2 || EntryKinds.FromFolder(parts[0]) is not { } kind)
            {
                diagnostics.Error(at, DiagnosticCodes.UnknownFolder,
                    $"this file is not in a kind's folder; move it to {display}/programmes/, boards/, options/ or pages/");
                continue;
            }

            var slug = Path.GetFileNameWithoutExtension(parts[1]);
            if (!Slugs.IsValid(slug))
            {
                diagnostics.Error(at, DiagnosticCodes.InvalidSlug,
                    $"the file name '{parts[1]}' is not a valid slug; rename it to '{Slugs.From(slug)}.md' (lower-case words joined by hyphens)");
                continue;
            }

            found.Add((path, kind, slug));
        }

        return found;
    }

    private static ImmutableArray<Entry> RemoveDuplicateSlugs(ImmutableArray<Entry> entries, DiagnosticBag diagnostics)
    {
        var kept = ImmutableArray.CreateBuilder<Entry>(entries.Length);
        var first = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (first.TryGetValue(entry.Slug, out var other))
            {
                diagnostics.Error(new SourceLocation(entry.SourcePath, 1, 1), DiagnosticCodes.DuplicateSlug,
                    $"the slug '{entry.Slug}' is already used by {other.SourcePath}; slugs are unique across kinds, so rename one file");
                continue;
            }

            first[entry.Slug] = entry;
            kept.Add(entry);
        }

        return kept.ToImmutable();
    }
}
