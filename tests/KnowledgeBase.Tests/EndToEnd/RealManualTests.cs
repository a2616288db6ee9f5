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
    public void RealManual_NoPageLinksToAMissingPage()
    {
        var files = Directory.EnumerateFiles(manual.Output, "*", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(manual.Output, f).Replace('\\', '/')).ToHashSet(StringComparer.Ordinal);
        var broken = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var page in files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            var html = File.ReadAllText(Path.Combine(manual.Output, page.TrimStart('/')));
            foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(html, "(?:href|src|action)=\"(/[^\"#?]*)"))
            {
                var target = m.Groups[1].Value;
                var exists = files.Contains(target) || files.Contains(target.TrimEnd('/') + "/index.html");
                if (!exists)
                {
                    broken.Add($"{page} -> {target}");
                }
            }
        }

        Assert.True(broken.Count == 0, string.Join('\n', broken));
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
