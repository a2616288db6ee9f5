namespace KnowledgeBase.Search.Indexing;

/// <summary>
/// A document's snippet tokens between analysis and the insert, before terms can be numbered (that needs every
/// document's terms). Note: kept compact because all documents wait for the inserts at once; a token list each
/// held ~170 MB on 10,000 entries and slowed the build through the garbage collector.
/// </summary>
/// <param name="Offsets">Per token, the gap from the previous token's end and the length, as varints.</param>
/// <param name="Terms">Per token, its term id (see <see cref="TermTable"/>).</param>
/// <param name="SummaryCount">How many of the tokens are the summary's; the body opening's follow.</param>
internal sealed record SnippetSource(byte[] Offsets, int[] Terms, int SummaryCount);
