using KnowledgeBase.Search;
using KnowledgeBase.Search.Indexing;
using KnowledgeBase.Search.Static;
using KnowledgeBase.Tests.Search.Support;

namespace KnowledgeBase.Tests.Search.Querying;

/// <summary>Snippets are HTML: markup from content or from the query must come out escaped, on the server and in the browser.</summary>
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

    [Fact]
    public void StaticSnippet_EscapesMarkup()
    {
        string folder = Directory.CreateTempSubdirectory("kb-static-").FullName;
        try
        {
            string json = Path.Combine(folder, "search-index.json");
            using (var built = SearchIndexBuilder.Build([TinyIndex.Doc("evil", "Evil", "Body", summary: "Summary <script>alert(1)</script> knife.")], SearchLexicon.Empty, "OFFICIAL"))
            {
                File.WriteAllBytes(json, StaticSearchIndex.Write(built));
            }

            var results = NodeRunner.Run(json, [new { q = "<script> knife", limit = 10 }, new { q = "script", limit = 10 }]);
            Assert.All(results, r => Assert.NotEmpty(r.Snippets));
            Assert.All(results.SelectMany(r => r.Snippets), AssertSafe);
            Assert.Contains("&lt;<mark>script</mark>&gt;", results[1].Snippets[0], StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
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
