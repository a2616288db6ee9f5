using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Codecs.Lucene46;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace KnowledgeBase.Search.Indexing;

/// <summary>
/// Lucene 4.6's codec, except that a segment's <c>.si</c> file leaves out the writing machine's diagnostics
/// (timestamp, OS and runtime versions), so the same documents give the same index files byte for byte, and that
/// stored fields are compressed in smaller chunks.
/// </summary>
/// <remarks>
/// Note: it keeps the name "Lucene46" on purpose. The files are in that format, so any Lucene 4.8 reader (Luke,
/// a replica, OpenSearch tooling) opens them with its own Lucene46 codec; nothing needs registering to read them.
/// </remarks>
[CodecName("Lucene46")]
internal sealed class DeterministicCodec() : FilterCodec(new Lucene46Codec())
{
    private readonly SegmentInfoFormat segmentInfo = new QuietSegmentInfoFormat();

    // Note: Lucene41StoredFields is this format with 16 KB chunks; the chunk size is the writer's choice only (a
    // reader finds each chunk through the index file), so files written with 4 KB chunks are the same format. A
    // snippet decompresses its chunk up to the document it shows: at 16 KB that was a third of a query's time; at
    // 4 KB it is a third of that, for a stored-fields file 4% larger.
    private readonly StoredFieldsFormat storedFields = new CompressingStoredFieldsFormat("Lucene41StoredFields", CompressionMode.FAST, chunkSize: 1 << 12);

    public override SegmentInfoFormat SegmentInfoFormat => segmentInfo;

    public override StoredFieldsFormat StoredFieldsFormat => storedFields;

    private sealed class QuietSegmentInfoFormat : SegmentInfoFormat
    {
        private readonly Lucene46SegmentInfoFormat inner = new();
        private readonly QuietWriter writer;

        public QuietSegmentInfoFormat() => writer = new QuietWriter(inner.SegmentInfoWriter);

        public override SegmentInfoReader SegmentInfoReader => inner.SegmentInfoReader;

        public override SegmentInfoWriter SegmentInfoWriter => writer;
    }

    private sealed class QuietWriter(SegmentInfoWriter inner) : SegmentInfoWriter
    {
        private static readonly string[] MachineKeys = ["timestamp", "os", "os.arch", "os.version", "java.version", "java.vendor"];

        public override void Write(Lucene.Net.Store.Directory dir, SegmentInfo info, FieldInfos fis, IOContext ioContext)
        {
            foreach (string key in MachineKeys)
            {
                info.Diagnostics?.Remove(key);
            }

            inner.Write(dir, info, fis, ioContext);
        }
    }
}
