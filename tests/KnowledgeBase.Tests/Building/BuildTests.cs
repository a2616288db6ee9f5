using KnowledgeBase.Configuration;
using KnowledgeBase.Tests.Support;
using Xunit;

namespace KnowledgeBase.Tests.Building;

public sealed class BuildTests
{
    [Fact]
    public void Build_WritesCleanUrlsForEveryPage()
    {
        using var site = SiteFixture.Create();
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        foreach (var path in new[]
        {
            "index.html", "404.html", "sitemap.xml", "feed.xml", "assets/site.css", "glossary/index.html",
            "programmes/index.html", "programmes/operation-blunt/index.html", "options/anti-knife-education/index.html",
            "needs/index.html", "needs/prevention/index.html", "boroughs/lambeth/index.html", "crime-types/knives/index.html",
        })
        {
            Assert.True(site.OutputExists(path), $"missing {path}");
        }
    }

    [Fact]
    public void Build_RewritesMarkdownLinksToSiteUrls()
    {
        using var site = SiteFixture.Create();
        site.Build();
        using var page = Html.Parse(site.Output("programmes/operation-blunt/index.html"));
        var link = Assert.Single(page.QuerySelectorAll("main a"), a => a.TextContent == "knife education option");
        Assert.Equal("/options/anti-knife-education/", link.GetAttribute("href"));
        Assert.DoesNotContain(Html.Urls(page), url => url.Contains(".md", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_TwiceFromTheSameInput_IsByteIdentical()
    {
        using var site = SiteFixture.Create();
        site.Build(r => r with { Output = Path.Combine(site.Root, "first") });
        site.Build(r => r with { Output = Path.Combine(site.Root, "second") });
        var first = site.AllOutput("first").ToList();
        var second = site.AllOutput("second").ToList();
        Assert.Equal(first.Select(f => f.Path.Replace("first", "", StringComparison.Ordinal)), second.Select(f => f.Path.Replace("second", "", StringComparison.Ordinal)));
        Assert.Equal(first.Select(f => f.Text), second.Select(f => f.Text));
    }

    [Fact]
    public void Build_WithContentError_LeavesThePreviousSiteUntouched()
    {
        using var site = SiteFixture.Create();
        Assert.True(site.Build().Succeeded);
        var before = site.AllOutput().ToList();

        site.Write("content/options/anti-knife-education.md", SiteFixture.Option.Replace("needs: [prevention]", "needs: [prevnetion]", StringComparison.Ordinal));
        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Null(result.OutputFolder);
        Assert.Equal(before, site.AllOutput().ToList());
        Assert.DoesNotContain(Directory.EnumerateDirectories(site.Root), d => Path.GetFileName(d).StartsWith("_site.new-", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_WithholdsEntriesAboveTheClassification_FromEveryOutputFile()
    {
        using var site = SiteFixture.Create("""
            -- content/options/covert-source.md --
            ---
            title: Covert source handling Zebracorn
            summary: Handling of covert human intelligence sources, codeword Zebracorn.
            needs: [intelligence]
            crime_types: [knives]
            boroughs: [lambeth]
            related: [operation-blunt]
            sources: ["MPS response ¶1"]
            classification: OFFICIAL-SENSITIVE
            reviewed: 2026-11-01
            ---
            Zebracorn details.
            """);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Equal(1, result.Withheld);
        foreach (var (path, text) in site.AllOutput())
        {
            Assert.DoesNotContain("Zebracorn", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("covert-source", text, StringComparison.Ordinal);
            Assert.DoesNotContain("covert-source", path, StringComparison.Ordinal);
        }

        var sensitive = site.Build(r => r with { MaxClassification = Classification.OfficialSensitive });
        Assert.True(sensitive.Succeeded);
        Assert.Contains("Zebracorn", site.Output("options/covert-source/index.html"), StringComparison.Ordinal);
        Assert.Contains("OFFICIAL-SENSITIVE", site.Output("options/covert-source/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_LinkToAWithheldEntry_KeepsTheWordsAndDropsTheLink()
    {
        using var site = SiteFixture.Create("""
            -- content/options/secret-thing.md --
            ---
            title: Secret thing
            summary: S.
            needs: [intelligence]
            sources: ["MPS response ¶1"]
            classification: SECRET
            reviewed: 2026-11-01
            ---
            x
            -- content/options/open-thing.md --
            ---
            title: Open thing
            summary: S.
            needs: [intelligence]
            sources: ["MPS response ¶1"]
            classification: OFFICIAL
            reviewed: 2026-11-01
            ---
            See [the other option](secret-thing.md).
            """);
        var result = site.Build();
        Assert.Contains(result.Diagnostics, d => d.Code == "KB0204");
        var html = site.Output("options/open-thing/index.html");
        Assert.Contains("See the other option.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-thing", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Drafts_ArePublishedOnlyWhenAskedFor()
    {
        using var site = SiteFixture.Create("""
            -- content/options/draft-option.md --
            ---
            title: Draft option
            summary: S.
            needs: [prevention]
            sources: ["MPS response ¶1"]
            classification: OFFICIAL
            reviewed: 2026-11-01
            draft: true
            ---
            x
            """);
        site.Build();
        Assert.False(site.OutputExists("options/draft-option/index.html"));
        site.Build(r => r with { IncludeDrafts = true });
        Assert.True(site.OutputExists("options/draft-option/index.html"));
    }

    [Fact]
    public void Build_EntryPastItsReviewDate_CarriesTheOutOfDateBanner()
    {
        using var site = SiteFixture.Create();
        site.Write("content/options/anti-knife-education.md", SiteFixture.Option.Replace("reviewed: 2026-11-01", "reviewed: 2024-01-01", StringComparison.Ordinal));
        site.Build();
        Assert.Contains("This entry may be out of date.", site.Output("options/anti-knife-education/index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("This entry may be out of date.", site.Output("programmes/operation-blunt/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_RefusesAnOutputFolderThatWouldReplaceTheSite()
    {
        using var site = SiteFixture.Create();
        var result = site.Build(r => r with { Output = site.Root });
        Assert.Contains(result.Diagnostics, d => d.Code == "KB0401");
        Assert.True(File.Exists(Path.Combine(site.Root, "site.config.yml")));
    }

    [Fact]
    public void Build_RefusesToReplaceAFolderThatIsNotABuiltSite()
    {
        using var site = SiteFixture.Create("-- notes/keep.txt --\nprecious\n");
        var result = site.Build(r => r with { Output = Path.Combine(site.Root, "notes") });
        Assert.Contains(result.Diagnostics, d => d.Code == "KB0401");
        Assert.StartsWith("precious", File.ReadAllText(Path.Combine(site.Root, "notes", "keep.txt")), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_MarksTheFirstUseOfEachAcronym()
    {
        using var site = SiteFixture.Create();
        site.Build();
        using var page = Html.Parse(site.Output("programmes/operation-blunt/index.html"));
        var abbr = Assert.Single(page.QuerySelectorAll("abbr"));
        Assert.Equal(("BOCU", "Borough Operational Command Unit"), (abbr.TextContent, abbr.GetAttribute("title")));
    }

    [Fact]
    public void Build_WritesSitemapAndAtomFeedWithAbsoluteUrls()
    {
        using var site = SiteFixture.Create();
        site.Build();
        Assert.Contains("<loc>https://manual.example/programmes/operation-blunt/</loc>", site.Output("sitemap.xml"), StringComparison.Ordinal);
        var feed = site.Output("feed.xml");
        Assert.Contains("<id>https://manual.example/options/anti-knife-education/</id>", feed, StringComparison.Ordinal);
        Assert.Contains("<updated>2026-11-01T00:00:00Z</updated>", feed, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_WithAMissingTheme_ReportsTheConfig()
    {
        using var site = SiteFixture.Create("-- site.config.yml --\ntitle: T\nbase_url: https://x.example/\ntheme: nosuch\n");
        var result = site.Build();
        Assert.Contains(result.Diagnostics, d => d.Code == "KB0003" && d.Message.Contains("'nosuch' was not found", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_WithACustomThemeMissingALayout_FallsBackToTheDefault()
    {
        using var site = SiteFixture.Create("-- themes/custom/assets/x.css --\nbody{}\n-- site.config.yml --\ntitle: T\nbase_url: https://x.example/\ntheme: custom\n");
        var result = site.Build();
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "KB0301");
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
    }
}
