using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Lucene46;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace KnowledgeBase.Search.Indexing;

/// <summary>
/// Lucene 4.6's codec exactly, except that a segment's <c>.si</c> file leaves out the writing machine's
/// diagnostics (timestamp, OS and runtime versions): the same documents give the same index files, byte for byte.
/// </summary>
/// <remarks>
/// Note: it keeps the name "Lucene46" on purpose. The files are in that format, so any Lucene 4.8 reader (Luke,
/// a replica, OpenSearch tooling) opens them with its own Lucene46 codec; nothing needs registering to read them.
/// </remarks>
[CodecName("Lucene46")]
internal sealed class DeterministicCodec() : FilterCodec(new Lucene46Codec())
{
    private readonly SegmentInfoFormat segmentInfo = new QuietSegmentInfoFormat();

    public override SegmentInfoFormat SegmentInfoFormat => segmentInfo;

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
