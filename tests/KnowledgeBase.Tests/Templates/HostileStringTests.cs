using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Templates;

/// <summary>
/// Every value from front matter, the data files and site.config.yml reaches the page as text: markup in it is
/// not markup, quotes do not end an attribute, and template syntax in it is not run.
/// </summary>
public sealed class HostileStringTests
{
    // Ends an attribute (both quotes), opens a script, an event handler and a javascript: link, and looks like
    // both template syntaxes; evaluated, {{ 7 * 7 }} would print 49.
    private const string Hostile = """x" onmouseover="alert(1)" ' onfocus='alert(2)'><script>alert(3)</script><a href="javascript:alert(4)">{{ 7 * 7 }}{% raw %}{{ site.title }}</a>""";

    private static string Yaml(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static readonly string Site = $"""
        -- site.config.yml --
        title: {Yaml("Manual " + Hostile)}
        description: {Yaml("Description " + Hostile)}
        base_url: https://manual.example/
        owner: {Yaml("Owner " + Hostile)}
        contact: {Yaml("Contact " + Hostile)}
        language: {Yaml("en " + Hostile)}
        -- content/taxonomies.yml --
        {SiteFixture.Taxonomies
            .Replace("name: Knife-enabled crime,", $"name: {Yaml("Knives " + Hostile)}, description: {Yaml("Term " + Hostile)},", StringComparison.Ordinal)
            .Replace("title: Crime types", $"title: {Yaml("Crime types " + Hostile)}", StringComparison.Ordinal)}
        -- content/glossary.yml --
        - acronym: BOCU
          expansion: {Yaml("Expansion " + Hostile)}
          definition: {Yaml("Definition " + Hostile)}
        -- content/options/anti-knife-education.md --
        ---
        title: {Yaml("Option " + Hostile)}
        summary: {Yaml("Summary " + Hostile)}
        needs: [prevention]
        crime_types: [knives]
        wards: [{Yaml("Ward " + Hostile)}]
        lead: operation-blunt
        lead_contact: {Yaml("Contact " + Hostile)}
        partners: [{Yaml("Partner " + Hostile)}]
        keywords: [{Yaml("Keyword " + Hostile)}]
        used_by: [operation-blunt]
        sources: ["MPS response ¶26"]
        evidence:
          level: untested
          note: {Yaml("Note " + Hostile)}
        classification: OFFICIAL
        reviewed: 2026-11-01
        ---
        ## When to use it

        When young people carry knives in a BOCU.
        -- content/boards/reduction-board.md --
        ---
        title: {Yaml("Board " + Hostile)}
        summary: {Yaml("Board summary " + Hostile)}
        needs: [enforcement]
        chair: {Yaml("Chair " + Hostile)}
        deputy_chair: {Yaml("Deputy " + Hostile)}
        members: [{Yaml("Member " + Hostile)}, operation-blunt]
        sources: ["MPS response ¶27"]
        classification: OFFICIAL
        reviewed: 2026-11-01
        ---
        The board meets monthly.
        """;

    [Fact]
    public void Build_WithHostileStringsInEveryField_WritesThemAsInertText()
    {
        using var site = SiteFixture.Create(Site);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        var parser = new HtmlParser();
        var pages = site.AllOutput().Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(pages);
        foreach (var (path, html) in pages)
        {
            var document = parser.ParseDocument(html);
            Assert.All(document.QuerySelectorAll("script"), s => Assert.StartsWith("/assets/", s.GetAttribute("src") ?? "", StringComparison.Ordinal));
            Assert.DoesNotContain(document.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.Ordinal));
            Assert.DoesNotContain(document.All.SelectMany(e => e.Attributes),
                a => a.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) && a.Name is "href" or "src" or "action");
            Assert.DoesNotContain("49", document.Body?.TextContent.Split(' ') ?? [], StringComparer.Ordinal);
            _ = path;
        }

        var option = parser.ParseDocument(site.Output("options/anti-knife-education/index.html"));
        Assert.Equal("Option " + Hostile, option.QuerySelector("h1")?.TextContent);
        Assert.Equal("Summary " + Hostile, option.QuerySelector("meta[name=description]")?.GetAttribute("content"));
        Assert.Equal($"Option {Hostile} – Manual {Hostile}", option.Title);
        Assert.Equal("Manual " + Hostile, option.QuerySelector("a.site-title")?.TextContent);
        Assert.Equal("Manual " + Hostile + ": recently reviewed", option.QuerySelector("link[rel=alternate]")?.GetAttribute("title"));
        Assert.Contains("Owner " + Hostile, option.QuerySelector("footer")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Contact " + Hostile, option.QuerySelector("footer")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(
            ["Ward " + Hostile, "Contact " + Hostile, "Partner " + Hostile],
            Facts(option, "Wards", "Lead contact", "Partners"));
        Assert.Equal("Evidence: Note " + Hostile, option.QuerySelector(".key-facts .evidence-note")?.TextContent);

        var board = parser.ParseDocument(site.Output("boards/reduction-board/index.html"));
        Assert.Equal(
            ["Chair " + Hostile, "Deputy " + Hostile, $"Member {Hostile}, Operation Blunt"],
            Facts(board, "Chair", "Deputy chair", "Members"));

        var glossary = parser.ParseDocument(site.Output("glossary/index.html"));
        Assert.Equal("Expansion " + Hostile, glossary.QuerySelector("#bocu abbr")?.GetAttribute("title"));
        Assert.Contains("Definition " + Hostile, glossary.QuerySelector("#bocu dd")?.TextContent, StringComparison.Ordinal);

        Assert.Equal("en " + Hostile, option.DocumentElement.GetAttribute("lang"));
        Assert.Equal(["Knives " + Hostile], Facts(option, "Crime types " + Hostile));
        var term = parser.ParseDocument(site.Output("crime-types/knives/index.html"));
        Assert.Equal("Knives " + Hostile, term.QuerySelector("h1")?.TextContent);
        Assert.Equal("Term " + Hostile, term.QuerySelector(".lead")?.TextContent);
        Assert.Equal("Crime types " + Hostile, term.QuerySelector(".eyebrow a")?.TextContent);

        var home = parser.ParseDocument(site.Output("index.html"));
        Assert.Equal("Description " + Hostile, home.QuerySelector("meta[name=description]")?.GetAttribute("content"));
    }

    private static IReadOnlyList<string> Facts(IDocument page, params string[] labels) =>
        [.. labels.Select(label => page.QuerySelectorAll(".fact").Single(f => f.QuerySelector("dt")?.TextContent == label).QuerySelector("dd")!.TextContent)];
}
