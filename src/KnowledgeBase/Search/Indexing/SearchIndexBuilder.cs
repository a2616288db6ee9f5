using System.Security.Cryptography;
using System.Text;
using KnowledgeBase.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace KnowledgeBase.Search.Indexing;

/// <summary>
/// Builds the Lucene index of the published entries in memory: documents in slug order, no machine
/// diagnostics, so the same input gives the same files. The built index serves related entries during the build
/// and is then written beside the pages.
/// </summary>
public static class SearchIndexBuilder
{
    /// <param name="docs">The published entries, in any order.</param>
    /// <param name="lexicon">Glossary, synonyms and facet names.</param>
    /// <param name="classification">The build's classification ceiling, recorded in the index.</param>
    public static SearchIndex Build(IReadOnlyList<SearchDocument> docs, SearchLexicon lexicon, string classification) =>
        Build(docs, lexicon, classification, (docs ?? throw new ArgumentNullException(nameof(docs))).Count < SliceFrom ? 1 : Slices);

    /// <summary>Builds the index in <paramref name="slices"/> segments (tests compare the answers of one and many).</summary>
    internal static SearchIndex Build(IReadOnlyList<SearchDocument> docs, SearchLexicon lexicon, string classification, int slices)
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
        // Note: a large manual is indexed in a fixed number of slices, one writer each, side by side, and each
        // slice's segment is then copied into the index in slice order, unmerged. Each slice depends only on its
        // documents, so the files are the same whatever machine or thread ran it; one writer alone kept one core
        // idle. Merging the slices into one segment made queries a quarter faster (p50 0.25 against 0.33 ms at
        // 10,000 entries, both far under the 1 ms target) but cost half a second on one core, a sixth of the build.
        var parts = new RAMDirectory[slices];
        var surfaces = new SurfaceWords[slices];
        Parallel.For(0, slices, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, s =>
        {
            int from = (int)((long)sorted.Length * s / slices), to = (int)((long)sorted.Length * (s + 1) / slices);
            parts[s] = new RAMDirectory();
            var surface = surfaces[s] = new SurfaceWords();
            using var analyzer = new ManualAnalyzer(analysis, query: false, surface);
            using var writer = new IndexWriter(parts[s], Config(analyzer));
            for (int i = from; i < to; i++)
            {
                writer.AddDocument(LuceneDocuments.From(sorted[i]));
                surface.EndDocument();
            }

            writer.Commit();
        });
        var directory = slices == 1 ? parts[0] : new RAMDirectory();
        using (var analyzer = new ManualAnalyzer(analysis, query: false))
        using (var writer = new IndexWriter(directory, Config(analyzer, slices == 1 ? OpenMode.APPEND : OpenMode.CREATE)))
        {
            if (slices > 1)
            {
                // Copies each slice's files under the next segment name; scores are unchanged, since Lucene's
                // searcher sums term statistics over segments, and documents keep their slug order.
                writer.AddIndexes(parts);
            }

            writer.SetCommitData(manifest.ToCommitData(analysis.Source));
            writer.Commit();
        }

        var vocabulary = Vocabulary.Merge(surfaces);
        vocabulary.Write(directory);

        foreach (var part in parts.Where(p => p != directory))
        {
            part.Dispose();
        }

        return new SearchIndex(directory, manifest, analysis, vocabulary);
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

    /// <summary>From this many documents on, the index is built in <see cref="Slices"/> slices side by side.</summary>
    private const int SliceFrom = 1000;

    /// <summary>
    /// The slices of a large manual, fixed so the index files do not depend on the machine. Each slice is a segment
    /// every query and related-entries query looks its terms up in: four took the same time to index on two cores
    /// as two, but made finding related entries 0.2-0.8 s slower at 10,000 entries.
    /// </summary>
    private const int Slices = 2;

    private static IndexWriterConfig Config(Analyzer analyzer, OpenMode mode = OpenMode.CREATE) => new(ManualAnalyzer.Version, analyzer)
    {
        OpenMode = mode,
        Codec = new DeterministicCodec(),
        Similarity = new ManualSimilarity(),
        // One segment per writer from one flush, and no merge: the files depend on the documents alone.
        RAMBufferSizeMB = 1024,
        MaxBufferedDocs = IndexWriterConfig.DISABLE_AUTO_FLUSH,
        UseCompoundFile = false,
        MergePolicy = NoMergePolicy.NO_COMPOUND_FILES,
        MergeScheduler = new SerialMergeScheduler(),
    };

    private static string Fingerprint(IEnumerable<SearchDocument> docs, SearchLexicon lexicon)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        // One buffer for every string: a manual's text is tens of megabytes, hashed before the indexing starts.
        byte[] buffer = new byte[4096];
        void Add(string text)
        {
            int length = Encoding.UTF8.GetMaxByteCount(text.Length) + 1;
            if (length > buffer.Length)
            {
                buffer = new byte[Math.Max(length, buffer.Length * 2)];
            }

            int written = Encoding.UTF8.GetBytes(text, buffer);
            buffer[written] = 0;
            hash.AppendData(buffer, 0, written + 1);
        }

        foreach (var d in docs)
        {
            Add(d.Slug);
            Add(d.Kind);
            Add(d.Title);
            Add(d.Url);
            Add(d.Summary);
            Add(d.Status);
            Add(d.Evidence ?? "");
            Add(d.Body);
            d.Keywords.ToList().ForEach(Add);
            d.TermText.ToList().ForEach(Add);
            d.Parents.ToList().ForEach(Add);
            d.Governors.ToList().ForEach(Add);
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
