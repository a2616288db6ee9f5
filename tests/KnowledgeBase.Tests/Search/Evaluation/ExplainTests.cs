using KnowledgeBase.Search;
using KnowledgeBase.Search.Querying;
using KnowledgeBase.Search.Querying.Syntax;
using KnowledgeBase.Tests.Search.Support;
using Xunit.Abstractions;

namespace KnowledgeBase.Tests.Search.Evaluation;

/// <summary>A tuning aid: set KB_EXPLAIN="query|query" to print plans and ranked scores. Passes silently otherwise.</summary>
public sealed class ExplainTests(ManualIndexFixture fixture, ITestOutputHelper output) : IClassFixture<ManualIndexFixture>
{
    [Fact]
    public void Explain_PrintsPlansAndScores_WhenAsked()
    {
        string? queries = Environment.GetEnvironmentVariable("KB_EXPLAIN");
        foreach (string q in queries?.Split('|') ?? [])
        {
            var lexer = QueryLexer.Lex(q, FilterKeys.IsKey);
            output.WriteLine($"== {q}");
            output.WriteLine(string.Join(" ", lexer.Select(t => $"{t.Kind}:{t.Text}")));
            using var analyzer = new KnowledgeBase.Search.Analysis.ManualAnalyzer(KnowledgeBase.Search.Analysis.LexiconAnalysis.From(fixture.Lexicon), query: true);
            output.WriteLine(string.Join(" ", KnowledgeBase.Search.Analysis.TokenList.Of(analyzer, q).Select(t => $"{t.Term}@{t.Position}/{t.Span}")));
            var r = fixture.Engine.Search(new SearchRequest(q, 8));
            output.WriteLine($"total {r.Total} message {r.Message}");
            foreach (var hit in r.Results)
            {
                output.WriteLine($"  {hit.Score,8:F3} {hit.Slug,-40} {hit.Snippet[..Math.Min(120, hit.Snippet.Length)]}");
            }

            // KB_EXPLAIN_DOCS="slug,slug": Lucene's account of each one's score.
            foreach (string slug in Environment.GetEnvironmentVariable("KB_EXPLAIN_DOCS")?.Split(',') ?? [])
            {
                output.WriteLine($"-- {slug}");
                output.WriteLine(fixture.Engine.Explain(q, slug));
            }
        }
    }
}
