using System.Security.Cryptography;
using System.Text;
using KnowledgeBase.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace KnowledgeBase.Search.Indexing;

/// <summary>
/// Builds the Lucene index of the published entries in memory: documents in slug order, one segment, no machine
/// diagnostics, so the same input gives the same files. The built index serves related entries during the build
/// and is then written beside the pages.
/// </summary>
public static class SearchIndexBuilder
{
    /// <param name="docs">The published entries, in any order.</param>
    /// <param name="lexicon">Glossary, synonyms and facet names.</param>
    /// <param name="classification">The build's classification ceiling, recorded in the index.</param>
    public static SearchIndex Build(IReadOnlyList<SearchDocument> docs, SearchLexicon lexicon, string classification)
    {
        ArgumentNullException.ThrowIfNull(docs);
        ArgumentNullException.ThrowIfNull(lexicon);
        var sorted = docs.OrderBy(d => d.Slug, StringComparer.Ordinal).ToArray();
        for (int i = 1; i < sorted.Length; i++)
        {
            if (sorted[i].Slug == sorted[i - 1].Slug)
            {
                throw new ArgumentException($"Two documents have the slug '{sorted[i].Slug}'.", nameof(docs));
            }
        }

        var analysis = LexiconAnalysis.From(lexicon);
        var manifest = new IndexManifest(IndexManifest.CurrentFormat, classification, Fingerprint(sorted, analysis.Source), sorted.Length);
        var directory = new RAMDirectory();
        using (var analyzer = IndexAnalyzer(analysis))
        using (var writer = new IndexWriter(directory, Config(analyzer)))
        {
            foreach (var doc in sorted)
            {
                writer.AddDocument(LuceneDocuments.From(doc));
            }

            writer.SetCommitData(manifest.ToCommitData(analysis.Source));
            writer.Commit();
        }

        return new SearchIndex(directory, manifest, analysis);
    }

    /// <summary>What the index in <paramref name="folder"/> was built from, or null when there is no readable index.</summary>
    public static IndexManifest? ReadManifest(string folder)
    {
        if (!System.IO.Directory.Exists(folder))
        {
            return null;
        }

        try
        {
            using var directory = FSDirectory.Open(folder);
            if (!DirectoryReader.IndexExists(directory))
            {
                return null;
            }

            var commits = DirectoryReader.ListCommits(directory);
            return IndexManifest.FromCommitData(commits[^1].UserData)?.Manifest;
        }
        catch (IOException)
        {
            return null;
        }
    }

    internal static Analyzer IndexAnalyzer(LexiconAnalysis analysis) =>
        new PerFieldAnalyzerWrapper(new ManualAnalyzer(analysis, query: false),
            new Dictionary<string, Analyzer> { [IndexFields.Words] = new SurfaceAnalyzer() });

    private static IndexWriterConfig Config(Analyzer analyzer) => new(ManualAnalyzer.Version, analyzer)
    {
        OpenMode = OpenMode.CREATE,
        Codec = new DeterministicCodec(),
        Similarity = new ManualSimilarity(),
        // One segment from one flush: nothing is merged, and the files depend on the documents alone.
        RAMBufferSizeMB = 2048,
        MaxBufferedDocs = IndexWriterConfig.DISABLE_AUTO_FLUSH,
        UseCompoundFile = false,
        MergePolicy = NoMergePolicy.NO_COMPOUND_FILES,
    };

    private static string Fingerprint(IEnumerable<SearchDocument> docs, SearchLexicon lexicon)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(text));
            hash.AppendData([0]);
        }

        foreach (var d in docs)
        {
            Add(d.Slug);
            Add(d.Kind);
            Add(d.Title);
            Add(d.Url);
            Add(d.Summary);
            Add(d.Status);
            Add(d.Body);
            d.Keywords.ToList().ForEach(Add);
            d.TermText.ToList().ForEach(Add);
            foreach (var (facet, values) in d.Facets.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                Add(facet);
                values.ToList().ForEach(Add);
            }
        }

        Add(System.Text.Json.JsonSerializer.Serialize(lexicon, LexiconJson.Options));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
