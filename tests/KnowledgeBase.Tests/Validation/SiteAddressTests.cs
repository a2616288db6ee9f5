using KnowledgeBase.Validation;

namespace KnowledgeBase.Tests.Validation;

/// <summary>URLs on a built page resolve as a browser at the site's address would resolve them.</summary>
public sealed class SiteAddressTests
{
    private static readonly SiteAddress Manual = new(new Uri("https://manual.example/manual/"));

    [Theory]
    [InlineData("../anti-knife-education/", "Internal", "options/anti-knife-education/index.html", null)]
    [InlineData("/manual/programmes/operation-blunt/#aims", "Internal", "programmes/operation-blunt/index.html", "aims")]
    [InlineData("https://manual.example/manual/search/?q=knife", "Internal", "search/index.html", null)]
    [InlineData("//manual.example/manual/", "Internal", "index.html", null)]
    [InlineData("#when-to-use-it", "Internal", "options/x/index.html", "when-to-use-it")]
    [InlineData("report%20one.pdf?v=2#page=3", "Internal", "options/x/report one.pdf", "page=3")]
    [InlineData("/manual", "Internal", "index.html", null)]
    [InlineData("https://www.gov.uk/", "External", "", null)]
    [InlineData("mailto:team@example.org", "External", "", null)]
    [InlineData("//cdn.example/x.js", "External", "", null)]
    [InlineData("/other/", "OutsideSite", "", null)]
    [InlineData("../../../x/", "OutsideSite", "", null)]
    [InlineData("../../../../etc/passwd", "OutsideSite", "", null)]
    [InlineData("https://manual.example/elsewhere/", "OutsideSite", "", null)]
    [InlineData("", "None", "", null)]
    [InlineData("data:image/png;base64,AAAA", "None", "", null)]
    public void Resolve_FromAnEntryPage(string url, string kind, string file, string? fragment)
    {
        var link = Manual.Resolve("options/x/index.html", url);
        Assert.Equal((kind, file, fragment), (link.Kind.ToString(), link.File, link.Fragment));
    }
}
