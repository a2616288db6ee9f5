using System.Runtime.CompilerServices;
namespace KnowledgeBase.Search.Indexing;

/// <summary>Assembles one <see cref="FtsRow"/> at a time in a buffer kept from one document to the next.</summary>
internal sealed class FtsRowBuilder
{
    private readonly int[] ends = new int[IndexField.Names.Length];
    private byte[] buffer = new byte[1 << 16];
    private int length, column, columnStart;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(ReadOnlySpan<byte> term)
    {
        if (length + term.Length + 1 > buffer.Length)
        {
            Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + term.Length + 1));
        }

        if (length > columnStart)
        {
            buffer[length++] = (byte)' ';
        }

        term.CopyTo(buffer.AsSpan(length));
        length += term.Length;
    }

    public void EndColumn()
    {
        ends[column++] = length;
        columnStart = length;
    }

    /// <summary>The row so far (every column ended), and a fresh start for the next.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public FtsRow Take()
    {
        if (column != ends.Length)
        {
            throw new InvalidOperationException($"The row has {column} of its {ends.Length} columns.");
        }

        var row = new FtsRow(buffer.AsSpan(0, length).ToArray(), (int[])ends.Clone());
        length = column = columnStart = 0;
        return row;
    }
}
