using System.Text;
using KnowledgeBase.Tests.Cli;
using KnowledgeBase.Tests.Support;
using Xunit;

namespace KnowledgeBase.Tests.Reliability;

/// <summary>
/// Hostile and careless content, each case on a site that built once: the build reports one diagnostic at the
/// file and line (never a stack trace), exits 1, and leaves the previous site byte-identical.
/// </summary>
[Collection("Console")]
public sealed class BadContentTests
{
    private const string Board = "---\ntitle: {0}\nsummary: A board.\nsources: [\"MPS response ¶1\"]\nclassification: OFFICIAL\nreviewed: 2026-11-01\n{1}\n---\nBody.\n";

    // The fixture option's front matter (lines 1-10); what a case appends starts on line 11.
    private static readonly string OptionHead = SiteFixture.Option[..SiteFixture.Option.IndexOf("## When", StringComparison.Ordinal)];

    public static TheoryData<string, string, string, int> Cases => new()
    {
        { "yaml-unclosed-flow", "KB0102", "content/options/x.md", 3 },
        { "yaml-unclosed-flow-then-fields", "KB0102", "content/options/x.md", 2 },
        { "yaml-deep-nesting", "KB0102", "content/options/x.md", 2 },
        { "yaml-duplicate-key", "KB0102", "content/options/x.md", 3 },
        { "yaml-unclosed-quote", "KB0102", "content/options/x.md", 2 },
        { "block-quote-128", "KB0220", "content/options/anti-knife-education.md", 14 },
        { "nested-list-deep", "KB0220", "content/options/anti-knife-education.md", 77 },
        { "empty-front-matter", "KB0121", "content/options/x.md", 1 },
        { "comment-only-front-matter", "KB0121", "content/options/x.md", 1 },
        { "latin-1-body", "KB0119", "content/options/x.md", 14 },
        { "binary-body", "KB0119", "content/options/x.md", 12 },
        { "latin-1-glossary", "KB0119", "content/glossary.yml", 2 },
        { "dangling-symlink", "KB0118", "content/options/x.md", 0 },
        { "self-symlink", "KB0118", "content/options/x.md", 0 },
        { "symlink-loop", "KB0120", "content/options/loop", 0 },
        { "symlink-loop-through-another-link", "KB0120", "content/options/loop", 0 },
        { "reports-to-cycle", "KB0122", "content/boards/a-board.md", 7 },
        { "governed-by-cycle", "KB0122", "content/boards/a-board.md", 7 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Build_WithBadContent_ReportsOneDiagnostic_ExitsOne_AndKeepsThePreviousSite(string fault, string code, string file, int line)
    {
        using var site = SiteFixture.Create();
        var config = Path.Combine(site.Root, "site.config.yml");
        Assert.Equal(0, (await CliTests.Run("build", "--quiet", "--config", config)).Code);
        var before = OutputSnapshot.Take(Path.Combine(site.Root, "_site"));

        Break(site, fault);
        var (exit, stdout, stderr) = await CliTests.Run("build", "--config", config);

        var where = line > 0 ? $"{file}({line}," : $"{file}: ";
        var errors = stderr.Split('\n').Where(l => l.Contains(": error KB", StringComparison.Ordinal)).ToList();
        Assert.True(errors.Count == 1 && errors[0].StartsWith(where, StringComparison.Ordinal) && errors[0].Contains($"error {code}:", StringComparison.Ordinal),
            $"expected one error {code} at {where}; got:\n{stderr}");
        Assert.Equal(1, exit);
        Assert.DoesNotContain("   at ", stdout + stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", stdout + stderr, StringComparison.Ordinal);
        Assert.Null(OutputSnapshot.Difference(before, OutputSnapshot.Take(Path.Combine(site.Root, "_site"))));
    }

    private static void Break(SiteFixture site, string fault)
    {
        var options = Path.Combine(site.Root, "content/options");
        var x = Path.Combine(options, "x.md");
        var option = Path.Combine(options, "anti-knife-education.md");
        switch (fault)
        {
            case "yaml-unclosed-flow":
                site.Write("content/options/x.md", "---\ntitle: [unclosed\n---\nBody.\n");
                break;
            case "yaml-unclosed-flow-then-fields":
                site.Write("content/options/x.md", "---\ntitle: [unclosed\nsummary: S.\nneeds: [prevention]\n---\nBody.\n");
                break;
            case "yaml-deep-nesting":
                site.Write("content/options/x.md", "---\ntitle: " + new string('[', 5000) + "\n---\nBody.\n");
                break;
            case "block-quote-128":
                File.WriteAllText(option, OptionHead + "\nFine.\n\n" + new string('>', 128) + " deep\n");
                break;
            case "nested-list-deep":
                File.WriteAllText(option, OptionHead + "\nFine.\n\n" + string.Concat(Enumerable.Range(0, 400).Select(i => new string(' ', i * 2) + "- item\n")));
                break;
            case "yaml-duplicate-key":
                site.Write("content/options/x.md", "---\ntitle: X\ntitle: Y\n---\nBody.\n");
                break;
            case "yaml-unclosed-quote":
                site.Write("content/options/x.md", "---\ntitle: \"X\nsummary: S.\n---\nBody.\n");
                break;
            case "empty-front-matter":
                site.Write("content/options/x.md", "---\n---\nBody.\n");
                break;
            case "comment-only-front-matter":
                site.Write("content/options/x.md", "---\n# title: X\n\n---\nBody.\n");
                break;
            case "latin-1-body":
                File.WriteAllBytes(x, [.. Encoding.UTF8.GetBytes(OptionHead + "\nFine.\n\nCaf"), 0xE9, (byte)'\n']);
                break;
            case "binary-body":
                File.WriteAllBytes(x, [.. Encoding.UTF8.GetBytes(OptionHead + "\n"), 0x50, 0x4B, 0x00, 0x03, 0xFF, 0xD8]);
                break;
            case "latin-1-glossary":
                File.WriteAllBytes(Path.Combine(site.Root, "content/glossary.yml"), [.. Encoding.UTF8.GetBytes("- acronym: BOCU\n  expansion: Borough Op"), 0xE9, (byte)'\n']);
                break;
            case "dangling-symlink":
                File.CreateSymbolicLink(x, Path.Combine(options, "nowhere.md"));
                break;
            case "self-symlink":
                File.CreateSymbolicLink(x, x);
                break;
            case "symlink-loop":
                Directory.CreateSymbolicLink(Path.Combine(options, "loop"), site.Root + "/content");
                break;
            case "symlink-loop-through-another-link":
                Directory.CreateSymbolicLink(Path.Combine(site.Root, "alias"), site.Root);
                Directory.CreateSymbolicLink(Path.Combine(options, "loop"), Path.Combine(site.Root, "alias", "content"));
                break;
            case "reports-to-cycle":
                site.Write("content/boards/a-board.md", string.Format(null, Board, "A board", "reports_to: [b-board]"));
                site.Write("content/boards/b-board.md", string.Format(null, Board, "B board", "reports_to: [a-board]"));
                break;
            case "governed-by-cycle":
                site.Write("content/boards/a-board.md", string.Format(null, Board, "A board", "governed_by: [b-board]"));
                site.Write("content/boards/b-board.md", string.Format(null, Board, "B board", "governed_by: [a-board]"));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(fault), fault, "no such fault");
        }
    }
}
