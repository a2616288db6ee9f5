using KnowledgeBase.Tests.Building;
using KnowledgeBase.Tests.Support;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace KnowledgeBase.Tests.EndToEnd;

/// <summary>Builds the real content/ and holds it to the manual's promises: complete, clean, cited.</summary>
public sealed class RealManualTests(RealManual manual) : IClassFixture<RealManual>
{
    [Fact]
    public void RealManual_BuildsWithNoErrorsAndNoWarnings()
    {
        Assert.True(manual.Result.Succeeded, string.Join('\n', manual.Result.Diagnostics));
        Assert.Empty(manual.Result.Diagnostics);
        Assert.True(File.Exists(Path.Combine(manual.Output, "index.html")));
    }

    [Fact]
    public void RealManual_HasEveryRequiredEntry_WithAPage()
    {
        var missing = RequiredEntries().Where(r => !File.Exists(Path.Combine(manual.Output, r.Folder, r.Slug, "index.html"))).ToList();
        Assert.True(missing.Count == 0, "missing: " + string.Join(", ", missing.Select(m => $"{m.Folder}/{m.Slug}")));
    }

    [Fact]
    public void RealManual_EveryOptionServesANeed_AndEveryEntryCitesASource()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Repository.Root, "content"), "*.md", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            var front = text.Split("---\n")[1];
            if (file.Contains($"{Path.DirectorySeparatorChar}options{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            {
                Assert.Matches(@"(?m)^needs: \[\w", front);
            }

            if (!file.EndsWith("_index.md", StringComparison.Ordinal))
            {
                Assert.Matches(@"(?m)^sources:", front);
            }
        }
    }

    [Fact]
    public void Glossary_EveryAcronymOccursInTheSources()
    {
        var sources = string.Join('\n', Directory.EnumerateFiles(Path.Combine(Repository.Root, "sources"), "*.txt").Select(File.ReadAllText));
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(Repository.Root, "content", "glossary.yml"))));
        var acronyms = ((YamlSequenceNode)stream.Documents[0].RootNode).Children
            .Select(item => ((YamlScalarNode)((YamlMappingNode)item).Children[new YamlScalarNode("acronym")]).Value!)
            .ToList();
        Assert.True(acronyms.Count >= 40);
        var absent = acronyms.Where(a => !System.Text.RegularExpressions.Regex.IsMatch(sources, $@"(?<![\p{{L}}\p{{N}}]){System.Text.RegularExpressions.Regex.Escape(a)}s?(?![\p{{L}}\p{{N}}])")).ToList();
        Assert.True(absent.Count == 0, "not in the sources: " + string.Join(", ", absent));
    }

    [Fact]
    public void RealManual_NoPageLinksToAMissingPageOrAnchor()
    {
        var files = Directory.EnumerateFiles(manual.Output, "*", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(manual.Output, f).Replace('\\', '/')).ToHashSet(StringComparer.Ordinal);
        var pages = files.Where(f => f.EndsWith(".html", StringComparison.Ordinal))
            .ToDictionary(p => p, p => Html.Parse(File.ReadAllText(Path.Combine(manual.Output, p.TrimStart('/')))), StringComparer.Ordinal);
        var broken = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (page, document) in pages)
        {
            foreach (var url in Html.Urls(document).Where(u => u.StartsWith('/') || u.StartsWith('#')))
            {
                var hash = url.IndexOf('#', StringComparison.Ordinal);
                var path = (hash < 0 ? url : url[..hash]).Split('?')[0];
                var file = path.Length == 0 ? page : path.EndsWith('/') ? path + "index.html" : path;
                var fragment = hash < 0 ? "" : Uri.UnescapeDataString(url[(hash + 1)..]);
                if (!files.Contains(file))
                {
                    broken.Add($"{page} -> {url}");
                }
                else if (fragment.Length > 0 && pages.TryGetValue(file, out var target) && target.GetElementById(fragment) is null)
                {
                    broken.Add($"{page} -> {url} (no such id)");
                }
            }
        }

        Assert.True(pages.Count > 100, $"only {pages.Count} pages read");
        Assert.True(broken.Count == 0, string.Join('\n', broken));
        foreach (var document in pages.Values)
        {
            document.Dispose();
        }
    }

    [Theory]
    [InlineData("boroughs/croydon", "/menu/?borough=croydon", "Menu of options for Croydon")]
    [InlineData("crime-types/knives", "/menu/?crime_type=knives", "Menu of options for Knife-enabled crime")]
    public void RealManual_BoroughAndCrimeTypePages_LeadToTheirMenu_AndGroupTheirOptionsByNeed(string term, string menu, string text)
    {
        using var page = Html.Parse(File.ReadAllText(Path.Combine(manual.Output, term, "index.html")));
        var link = page.QuerySelector("p.menu-link a");
        Assert.Equal((menu, text), (link?.GetAttribute("href"), link?.TextContent));

        string[] needs = ["intelligence", "prevention", "enforcement"];
        Assert.Equal(needs.Select(n => "options-" + n), page.QuerySelectorAll("section.group[id^='options']").Select(s => s.Id));
        foreach (var need in needs)
        {
            // Every option under a need serves it (its card names the need), and every option serving it is there.
            var listed = page.QuerySelectorAll($"#options-{need} li.card").ToList();
            Assert.NotEmpty(listed);
            var named = char.ToUpperInvariant(need[0]) + need[1..];
            Assert.All(listed, card => Assert.Contains(named, card.QuerySelectorAll(".badge.need").Select(b => b.TextContent)));
            var serving = page.QuerySelectorAll("section.group[id^='options'] li.card")
                .Where(card => card.QuerySelectorAll(".badge.need").Any(b => b.TextContent == named))
                .Select(card => card.QuerySelector("a")!.GetAttribute("href")).Distinct().Order(StringComparer.Ordinal);
            Assert.Equal(serving, listed.Select(card => card.QuerySelector("a")!.GetAttribute("href")).Order(StringComparer.Ordinal));
        }
    }

    private static IEnumerable<(string Folder, string Slug)> RequiredEntries()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Repository.Evaluation("required-entries.yml"))));
        foreach (var (kind, list) in ((YamlMappingNode)stream.Documents[0].RootNode).Children)
        {
            foreach (var item in ((YamlSequenceNode)list).Children)
            {
                yield return (((YamlScalarNode)kind).Value!, ((YamlScalarNode)((YamlMappingNode)item).Children[new YamlScalarNode("slug")]).Value!);
            }
        }
    }
}
