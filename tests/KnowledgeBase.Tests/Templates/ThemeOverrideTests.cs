using AngleSharp.Html.Parser;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Templates;

/// <summary>A site's own theme file wins over the embedded default with the same path; the rest stays the default's.</summary>
public sealed class ThemeOverrideTests
{
    [Fact]
    public void Build_SitePartialOverridesTheEmbeddedDefault_OnEveryPageThatIncludesIt()
    {
        using var site = SiteFixture.Create("-- themes/default/partials/card.sbnhtml --\n<li class=\"custom-card\">{{ entry.title }}</li>\n");
        Assert.True(site.Build().Succeeded);

        var listing = new HtmlParser().ParseDocument(site.Output("programmes/index.html"));
        Assert.Equal(["Operation Blunt"], listing.QuerySelectorAll("li.custom-card").Select(e => e.TextContent));
        Assert.Empty(listing.QuerySelectorAll("li.card"));
    }

    [Fact]
    public void Build_CustomThemeLayout_IsUsed_AndIncludesTheDefaultsPartials()
    {
        using var site = SiteFixture.Create("""
            -- site.config.yml --
            title: Test Manual
            base_url: https://manual.example/
            theme: custom
            -- themes/custom/layouts/entry.sbnhtml --
            <article class="custom-entry"><h1>{{ page.title }}</h1><ul>{{ for entry in page.referred_by }}{{ include "card" }}{{ end }}</ul></article>
            """);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        var page = new HtmlParser().ParseDocument(site.Output("options/anti-knife-education/index.html"));
        Assert.Equal("Anti-knife education", page.QuerySelector("article.custom-entry h1")?.TextContent);
        Assert.Equal("Operation Blunt", page.QuerySelector("article.custom-entry li.card .card-title")?.TextContent);
        Assert.NotNull(page.QuerySelector("header.site-header"));
    }

    [Fact]
    public void Build_PageOfMoreThanAMegabyte_IsWrittenWhole()
    {
        // Scriban stops a render's output at 1 MB by default and ends it with "...": a listing of a large manual is more.
        using var site = SiteFixture.Create("""
            -- themes/default/layouts/entry.sbnhtml --
            <article>{{ for i in 1..40000 }}<p>Paragraph {{ i }} of a long page.</p>{{ end }}<p id="last">{{ page.title }}</p></article>
            """);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        var html = site.Output("programmes/operation-blunt/index.html");
        Assert.True(html.Length > 1_048_576, $"the page has {html.Length} characters");
        var page = new HtmlParser().ParseDocument(html);
        Assert.Equal(40_000, page.QuerySelectorAll("article p:not(#last)").Length);
        Assert.Equal("Operation Blunt", page.GetElementById("last")?.TextContent);
        Assert.NotNull(page.QuerySelector("footer.site-footer"));
    }

    [Fact]
    public void Build_WithTheLayoutOverrideDocsThemesShows_Succeeds()
    {
        var docs = File.ReadAllText(Path.Combine(Repository.Root, "docs", "themes.md"));
        var start = docs.IndexOf("```html\n", StringComparison.Ordinal) + "```html\n".Length;
        var example = docs[start..docs.IndexOf("```", start, StringComparison.Ordinal)];
        using var site = SiteFixture.Create("-- themes/default/layouts/entry.sbnhtml --\n" + example);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        var page = new HtmlParser().ParseDocument(site.Output("programmes/operation-blunt/index.html"));
        Assert.Equal("Operation Blunt", page.QuerySelector("article h1")?.TextContent);
        Assert.Null(page.QuerySelector(".facts"));
        Assert.Equal("Aims", page.QuerySelector("nav.toc a")?.TextContent);
    }
}
