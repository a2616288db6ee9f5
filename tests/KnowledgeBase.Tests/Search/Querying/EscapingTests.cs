using KnowledgeBase.Search;
using KnowledgeBase.Tests.Search.Support;

namespace KnowledgeBase.Tests.Search.Querying;

/// <summary>Snippets are HTML: markup from content or from the query must come out escaped, on the server (the static search has its own test).</summary>
public sealed class EscapingTests : IDisposable
{
    private readonly TinyIndex index = new(
    [
        TinyIndex.Doc("evil", "Evil <b>title</b>", "Body with <script>alert('knife')</script> & more knife text.", summary: "Summary <img src=x onerror=alert(1)> knife."),
    ]);

    [Theory]
    [InlineData("knife")]
    [InlineData("<script>alert(1)</script> knife")]
    [InlineData("script alert")]
    [InlineData("img onerror")]
    public void Snippet_EscapesMarkup_AndMarksOnlyMatches(string query)
    {
        foreach (var hit in index.Engine.Search(new SearchRequest(query)).Results)
        {
            AssertSafe(hit.Snippet);
        }
    }

    private static void AssertSafe(string snippet)
    {
        string withoutMarks = snippet.Replace("<mark>", string.Empty, StringComparison.Ordinal).Replace("</mark>", string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("<", withoutMarks, StringComparison.Ordinal);
        Assert.DoesNotContain(">", withoutMarks, StringComparison.Ordinal);
    }

    public void Dispose() => index.Dispose();
}
