using AngleSharp.Html.Parser;
using KnowledgeBase.Tests.Building;
using Xunit;

namespace KnowledgeBase.Tests.EndToEnd;

/// <summary>The real manual's citations link to the paragraphs they cite, and what the editors inferred says so on the page.</summary>
public sealed class SourcePageTests(RealManual manual) : IClassFixture<RealManual>
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void EveryCitationLink_OnEveryEntryPage_LandsOnAParagraphOfASourcePage()
    {
        var checkedLinks = 0;
        foreach (var folder in new[] { "programmes", "boards", "options" })
        {
            foreach (var page in Directory.EnumerateDirectories(Path.Combine(manual.Output, folder)).Select(d => Path.Combine(d, "index.html")))
            {
                var links = Parser.ParseDocument(File.ReadAllText(page)).QuerySelectorAll("ul.sources a").Select(a => a.GetAttribute("href")!).ToList();
                Assert.True(links.Count > 0, $"{page} links no citation to its source");
                foreach (var href in links)
                {
                    var (path, anchor) = (href.Split('#')[0], href.Split('#')[1]);
                    var source = Parser.ParseDocument(File.ReadAllText(Path.Combine(manual.Output, path.Trim('/'), "index.html")));
                    Assert.True(source.GetElementById(anchor)?.ClassList.Contains("source-paragraph") == true, $"{page}: {href} has no paragraph");
                    checkedLinks++;
                }
            }
        }

        Assert.True(checkedLinks > 200, $"only {checkedLinks} citation links");
    }

    [Fact]
    public void SourcePage_ShowsTheParagraphText_AndTheEntriesCitingIt()
    {
        var page = Parser.ParseDocument(File.ReadAllText(Path.Combine(manual.Output, "sources", "violence-in-london", "index.html")));
        var targets = page.GetElementById("p11")!;
        Assert.Contains("Target 81%", targets.TextContent, StringComparison.Ordinal);
        Assert.Contains(targets.QuerySelectorAll(".cited-by a"), a => a.GetAttribute("href") == "/programmes/violent-crime-directorate/");
        Assert.NotNull(page.GetElementById("financial-implications-p1"));
    }

    [Fact]
    public void InferredLead_IsMarkedOnTheFact_AndExplainedUnderTheEvidence()
    {
        var page = Parser.ParseDocument(File.ReadAllText(Path.Combine(manual.Output, "options", "arrest-activity-day", "index.html")));
        var lead = page.QuerySelectorAll(".fact").Single(f => f.QuerySelector("dt")?.TextContent == "Lead");
        Assert.Equal("(inferred)", lead.QuerySelector(".inferred-mark")?.TextContent);
        Assert.StartsWith("Inferred by the editors: lead.", page.QuerySelector(".inferred p")?.TextContent, StringComparison.Ordinal);
        var partners = page.QuerySelectorAll(".fact").Single(f => f.QuerySelector("dt")?.TextContent == "Partners");
        Assert.Null(partners.QuerySelector(".inferred-mark"));
    }
}
