using AngleSharp.Html.Parser;
using KnowledgeBase.Output;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Templates;

/// <summary>Every page states the site's policy, so a static host serves it held to the same rules as kb serve.</summary>
public sealed class ContentSecurityPolicyTests
{
    [Fact]
    public void Build_EveryPage_CarriesThePolicyInItsHead_AndHasNoInlineScriptOrStyle()
    {
        using var site = SiteFixture.Create(string.Empty);
        Assert.True(site.Build().Succeeded);

        var pages = site.AllOutput().Where(p => p.Path.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(pages);
        var parser = new HtmlParser();
        foreach (var (path, text) in pages)
        {
            var page = parser.ParseDocument(text);
            var meta = page.Head?.QuerySelectorAll("meta[http-equiv]").Where(m => m.GetAttribute("http-equiv") == "Content-Security-Policy").ToList();
            Assert.True(meta is [_], $"{path}: one policy meta element");
            Assert.Equal(ContentSecurityPolicy.ForPages, meta[0].GetAttribute("content"));
            Assert.All(page.QuerySelectorAll("script"), s => Assert.True(s.HasAttribute("src"), $"{path}: an inline script"));
            Assert.Empty(page.QuerySelectorAll("style"));
        }
    }
}
