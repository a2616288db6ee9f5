namespace KnowledgeBase.Search.Indexing;

/// <summary>
/// A document's FTS5 row as UTF-8: each column's terms joined by spaces, the columns back to back. Note: made
/// while analysing, on every core, from bytes each word carries; assembling it at insert time read three objects
/// per token on the one thread that inserts, and doubled the insert's time on 10,000 entries.
/// </summary>
/// <param name="Text">The columns' text, one after another.</param>
/// <param name="Ends">Where each column's text ends, in column order.</param>
internal sealed record FtsRow(byte[] Text, int[] Ends)
{
    /// <summary>A row of empty columns.</summary>
    public static FtsRow Empty { get; } = new([], new int[IndexField.Names.Length]);

    public ReadOnlySpan<byte> Column(int field)
    {
        int start = field == 0 ? 0 : Ends[field - 1];
        return Text.AsSpan(start, Ends[field] - start);
    }
}
