using System.Text.RegularExpressions;
using KnowledgeBase.Content.Data;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Markdown;
using Xunit;

namespace KnowledgeBase.Tests.Markdown;

/// <summary>Runs the examples of Specs/*.md (Markdig's spec format): Markdown, '.', expected HTML.</summary>
public sealed partial class MarkdownSpecTests
{
    private static readonly MarkdownRenderer Renderer = new();

    public static TheoryData<string, int, string, string> Examples()
    {
        var data = new TheoryData<string, int, string, string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Specs"), "*.md").Order(StringComparer.Ordinal))
        {
            var number = 0;
            foreach (Match match in ExampleBlock().Matches(File.ReadAllText(file)))
            {
                data.Add(Path.GetFileName(file), ++number, match.Groups["md"].Value, match.Groups["html"].Value);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_RendersAsSpecified(string spec, int example, string markdown, string html)
    {
        _ = (spec, example);
        var glossary = new Glossary([
            new GlossaryTerm("BOCU", "Borough Operational Command Unit", "", null),
            new GlossaryTerm("MPS", "Metropolitan Police Service", "", null),
        ]);
        var targets = new Dictionary<string, LinkTarget>(StringComparer.Ordinal)
        {
            ["programmes/operation-blunt.md"] = new("operation-blunt", "/programmes/operation-blunt/", true),
            ["options/other.md"] = new("other", "/options/other/", true),
        };
        var context = new MarkdownContext("content/options/example.md", "options/example.md", 1, targets, glossary, "/", new DiagnosticBag());
        Assert.Equal(html, Renderer.Render(markdown, context).Html);
    }

    [Fact]
    public void Specs_AreFound()
    {
        Assert.True(Examples().Count >= 10);
    }

    [GeneratedRegex(@"^`{32} example\n(?<md>.*?)^\.\n(?<html>.*?)^`{32}$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex ExampleBlock();
}
