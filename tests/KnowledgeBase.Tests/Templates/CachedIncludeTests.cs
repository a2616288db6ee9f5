using AngleSharp.Html.Parser;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Templates;

/// <summary><c>include_cached</c> renders a partial once per build for each key and writes that output wherever it is asked for again.</summary>
public sealed class CachedIncludeTests
{
    [Theory]
    [InlineData("include_cached \"stamp\" entry", "Operation Blunt 1", "Operation Blunt 1")]
    [InlineData("include \"stamp\"", "Operation Blunt 1", "Operation Blunt 2")]
    public void ThePartialCountsItsRenders_CachedOnlyOnce(string include, string first, string second)
    {
        // The partial counts how often it renders on the page: a cached one renders once for the entry.
        using var site = SiteFixture.Create($$$"""
            -- themes/default/partials/stamp.sbnhtml --
            {{ renders = renders + 1 }}<li class="stamp">{{ entry.title }} {{ renders }}</li>
            -- themes/default/layouts/entry.sbnhtml --
            {{ renders = 0 }}<ul>{{ for entry in page.referred_by }}{{ {{{include}}} }}{{ end }}{{ for entry in page.referred_by }}{{ {{{include}}} }}{{ end }}</ul>
            """);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        var page = new HtmlParser().ParseDocument(site.Output("options/anti-knife-education/index.html"));
        Assert.Equal([first, second], page.QuerySelectorAll("li.stamp").Select(e => e.TextContent));
    }

    [Fact]
    public void TheDefaultThemesCards_AreTheSameOnEveryListing()
    {
        using var site = SiteFixture.Create("");
        Assert.True(site.Build().Succeeded);

        var parser = new HtmlParser();
        string Card(string path) => parser.ParseDocument(site.Output(path)).QuerySelectorAll("li.card")
            .Single(c => c.QuerySelector(".card-title")?.TextContent == "Operation Blunt").OuterHtml;
        Assert.Equal(Card("programmes/index.html"), Card("options/anti-knife-education/index.html"));
    }
}
