using KnowledgeBase.Tests.Support;
using Xunit;

namespace KnowledgeBase.Tests.Content;

/// <summary>
/// Every diagnostic the build reports, each pinned to its code, file and line, with the fix it suggests.
/// Each case starts from a valid fixture site and breaks one thing.
/// </summary>
public sealed class DiagnosticTests
{
    public static TheoryData<string, string, string, int, string> Cases => new()
    {
        // config
        { "KB0001", "-- site.config.yml --\ntitle: [unclosed\n", "site.config.yml", 3, "cannot be read" },
        { "KB0002", "-- site.config.yml --\ntitle: T\nbase_url: https://x.example/\ntheem: default\n", "site.config.yml", 3, "did you mean 'theme'?" },
        { "KB0003", "-- site.config.yml --\ntitle: T\nbase_url: https://x.example/\nmax_classification: SECRETISH\n", "site.config.yml", 3, "use one of OFFICIAL" },
        { "KB0004", "-- site.config.yml --\ntitle: T\n", "site.config.yml", 1, "'base_url' is required" },
        // front matter
        { "KB0101", "-- content/options/x.md --\nno front matter here\n", "content/options/x.md", 1, "must start with front matter" },
        { "KB0102", "-- content/options/x.md --\n---\ntitle: [broken\n---\n", "content/options/x.md", 3, "cannot be read" },
        { "KB0103", Entry("x", "sumary: oops"), "content/options/x.md", 10, "did you mean 'summary'?" },
        { "KB0104", Entry("x", "gang_types: [street-gang]"), "content/options/x.md", 10, "unknown gang type 'street-gang'; did you mean 'street-gangs'?" },
        { "KB0104", Entry("x", "needs: [prevnetion]", needs: false), "content/options/x.md", 9, "unknown need 'prevnetion'; did you mean 'prevention'?" },
        { "KB0104", Entry("x", "boroughs: [Brixton]"), "content/options/x.md", 10, "did you mean 'lambeth'?" },
        { "KB0105", "-- content/options/x.md --\n---\ntitle: X\nneeds: [prevention]\n---\n", "content/options/x.md", 2, "'summary' is missing" },
        { "KB0105", Entry("x", "", needs: false), "content/options/x.md", 2, "an option must serve at least one need" },
        { "KB0106", Entry("x", "wards:\n  a: b"), "content/options/x.md", 11, "must be a list" },
        { "KB0107", Entry("x", "evidence:\n  level: proven"), "content/options/x.md", 11, "unknown evidence level 'proven'" },
        { "KB0107", Entry("x", "started: July 2004"), "content/options/x.md", 10, "YYYY, YYYY-MM or YYYY-MM-DD" },
        { "KB0107", Entry("x", "classification: PUBLIC", classification: false), "content/options/x.md", 9, "unknown classification 'PUBLIC'" },
        { "KB0108", "-- content/options/Bad Name.md --\n---\ntitle: X\n---\n", "content/options/Bad Name.md", 0, "rename it to 'bad-name.md'" },
        { "KB0108", Entry("x", "related: [Operation Blunt]"), "content/options/x.md", 10, "use the file name without .md" },
        { "KB0109", "-- content/boards/operation-blunt.md --\n" + Body("Blunt board"), "content/programmes/operation-blunt.md", 1, "already used by content/boards/operation-blunt.md" },
        { "KB0110", Entry("x", "related: [operation-blant]"), "content/options/x.md", 10, "did you mean 'operation-blunt'?" },
        { "KB0111", Entry("x", "governed_by: [operation-blunt]"), "content/options/x.md", 10, "must name a board" },
        { "KB0112", Entry("x", "", sources: "[\"Some report p4\"]"), "content/options/x.md", 6, "cannot tell which document" },
        { "KB0113", "-- content/notes/x.md --\n---\ntitle: X\n---\n", "content/notes/x.md", 0, "not in a kind's folder" },
        { "KB0114", Entry("x", "", summary: new string('a', 320)), "content/options/x.md", 3, "keep it to one sentence" },
        { "KB0115", Entry("x", "boroughs: [lambeth, lambeth]"), "content/options/x.md", 10, "'lambeth' is listed twice" },
        { "KB0116", Entry("x", "related: [x]"), "content/options/x.md", 10, "names this entry itself" },
        { "KB0117", Entry("x", "review_by: 2020-01-01"), "content/options/x.md", 10, "before 'reviewed'" },
        { "KB0130", Entry("x", "inferred: [leed]\ninferred_reason: R."), "content/options/x.md", 10, "'leed' is not a relation or tag that can be marked inferred; did you mean 'lead'?" },
        { "KB0130", Entry("x", "inferred: [lead]\ninferred_reason: R."), "content/options/x.md", 10, "but the entry has no 'lead'" },
        { "KB0131", Entry("x", "inferred: [crime_types]"), "content/options/x.md", 10, "needs a one-line 'inferred_reason:'" },
        { "KB0131", Entry("x", "inferred_reason: R."), "content/options/x.md", 10, "'inferred' names no field" },
        { "KB0132", Entry("x", "scope: london-wide\nboroughs: [lambeth]"), "content/options/x.md", 11, "is london-wide but lists boroughs" },
        { "KB0133", Entry("x", "", sources: "[\"MPS response ¶1-2, ¶60\"]") + Source, "content/options/x.md", 6, "'MPS response' has no paragraph 60 (its paragraphs are 1-3" },
        { "KB0133", Entry("x", "", sources: "[\"MPS response, Annex ¶1\"]") + Source, "content/options/x.md", 6, "has no section 'Annex'" },
        { "KB0134", "-- sources/README.md --\nNo texts yet.\n", "content/taxonomies.yml", 0, "has no text at sources/mps-response.txt" },
        // data files
        { "KB0150", "-- content/taxonomies.yml --\nneeds:\n  title: Needs\n  terms: []\n", "content/taxonomies.yml", 1, "is missing; add a section" },
        { "KB0150", "-- content/taxonomies.yml --\n" + SiteFixture.Taxonomies.Replace("{slug: street-gangs, name: Street gangs}", "{slug: street-gangs, name: Street gangs, crime_type: knife}", StringComparison.Ordinal),
            "content/taxonomies.yml", 18, "names the crime type 'knife', which 'crime_types' does not list; did you mean 'knives'?" },
        { "KB0150", "-- content/taxonomies.yml --\n" + SiteFixture.Taxonomies.Replace("{slug: prevention, name: Prevention}", "{slug: prevention, name: Prevention, crime_type: knives}", StringComparison.Ordinal),
            "content/taxonomies.yml", 6, "only gang types name a crime type" },
        { "KB0151", "-- content/glossary.yml --\n- acronym: MPS\n", "content/glossary.yml", 1, "needs both 'acronym:' and 'expansion:'" },
        { "KB0152", "-- content/synonyms.yml --\n- [gun]\n", "content/synonyms.yml", 1, "at least two different words" },
        { "KB0153", "-- content/glossary.yml --\n- {acronym: MPS, expansion: a}\n- {acronym: MPS, expansion: b}\n", "content/glossary.yml", 2, "listed twice" },
        // Markdown
        { "KB0201", Entry("x", "", body: "See [Trident](../programmes/tridnet.md)."), "content/options/x.md", 12, "points to no entry" },
        { "KB0202", Entry("x", "", body: "[click](javascript:alert(1))"), "content/options/x.md", 12, "'javascript:' are not allowed" },
        { "KB0203", Entry("x", "", body: "Hello <script>alert(1)</script> there."), "content/options/x.md", 12, "raw HTML" },
        { "KB0205", Entry("x", "", body: "# Title again"), "content/options/x.md", 12, "start sections at '##'" },
        { "KB0205", Entry("x", "", body: "## A\n\n#### B"), "content/options/x.md", 14, "jumps from level 2 to level 4" },
        { "KB0202", Entry("x", "", body: "<javascript:alert(1)>"), "content/options/x.md", 12, "'javascript:' are not allowed" },

        // themes
        { "KB0302", "-- themes/default/partials/card.sbnhtml --\n<li>\n{{ if entry.stale }}\n</li>\n", "themes/default/partials/card.sbnhtml", 2, "does not parse" },
        { "KB0303", "-- themes/default/layouts/glossary.sbnhtml --\n<h1>\n{{ page.titel }}</h1>\n", "themes/default/layouts/glossary.sbnhtml", 2, "'titel'" },
        { "KB0304", "-- themes/default/layouts/glossary.sbnhtml --\n<p>{{ pluralize \"many\" \"x\" }}</p>\n", "themes/default/layouts/glossary.sbnhtml", 1, "failed while rendering" },
        { "KB0305", "-- themes/default/layouts/entry.hbs --\n<h1>{{title}}</h1>\n", "themes/default/layouts/entry.hbs", 0, "rewrite it as layouts/entry.sbnhtml" },

        // links in the built pages
        { "KB0501", Entry("x", "", body: "The [report](files/report.pdf)."), "content/options/x.md", 12, "leads to 'options/x/files/report.pdf', which the build does not write" },
        { "KB0501", Entry("x", "", body: "The [menu](/menu)."), "content/options/x.md", 12, "end the link with '/' to name the page's folder" },
        { "KB0502", Entry("x", "", body: "[Aims](../programmes/operation-blunt.md#aim)"), "content/options/x.md", 12, "has no element with that id; did you mean '#aims'?" },
        { "KB0503", Entry("x", "", body: "[p](../../../../etc/passwd)"), "content/options/x.md", 12, "leads outside the site" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Check_ReportsEachProblemAtItsFileAndLine(string code, string overrides, string file, int line, string message)
    {
        using var site = SiteFixture.Create(overrides);
        var result = site.Check();
        Assert.True(
            result.Diagnostics.Any(d => d.Code == code && d.File == file && d.Line == line && d.Message.Contains(message, StringComparison.Ordinal)),
            $"expected {file}({line}) {code} '{message}'; got:\n{string.Join('\n', result.Diagnostics)}");
    }

    [Fact]
    public void Check_OnTheValidFixture_ReportsNothing()
    {
        using var site = SiteFixture.Create();
        Assert.Empty(site.Check().Diagnostics);
    }

    [Fact]
    public void Check_CollectsEveryProblemInOneRun()
    {
        using var site = SiteFixture.Create(Entry("a", "gang_types: [gangz]") + Entry("b", "related: [nowhere]").Replace("content/options/a.md", "content/options/b.md", StringComparison.Ordinal));
        var codes = site.Check().Diagnostics.Select(d => d.Code).ToList();
        Assert.Contains("KB0104", codes);
        Assert.Contains("KB0110", codes);
    }

    [Fact]
    public void DiagnosticCodes_AreUniqueAndWellFormed()
    {
        var codes = typeof(KnowledgeBase.Diagnostics.DiagnosticCodes).GetFields()
            .Where(f => f.IsLiteral)
            .Select(f => (Name: f.Name, Code: (string)f.GetRawConstantValue()!))
            .ToList();

        Assert.True(codes.Count > 40, $"only {codes.Count} codes found");
        Assert.All(codes, c => Assert.Matches("^KB[0-9]{4}$", c.Code));
        var repeated = codes.GroupBy(c => c.Code, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(c => c.Name))}");
        Assert.Empty(repeated);
    }

    [Fact]
    public void Diagnostic_PrintsLikeACompiler()
    {
        using var site = SiteFixture.Create(Entry("x", "needs: [prevnetion]", needs: false));
        var text = site.Check().Diagnostics.First(d => d.Code == "KB0104").ToString();
        Assert.Equal("content/options/x.md(9,9): error KB0104: unknown need 'prevnetion'; did you mean 'prevention'?", text);
    }

    /// <summary>A source text of three numbered paragraphs for the fixture's one registered document.</summary>
    private const string Source = "-- sources/mps-response.txt --\nTHE RESPONSE\n\n1. One.\n\n- 2. Two, with\n\na second line.\n\nA heading\n\n3 Three.\n";

    /// <summary>An option file whose front matter ends with an extra line (line 11 when needs is kept).</summary>
    private static string Entry(string slug, string extra, bool needs = true, bool classification = true, string? sources = null, string? summary = null, string body = "Body.") =>
        $"-- content/options/{slug}.md --\n---\ntitle: X\nsummary: {summary ?? "One sentence."}\ncrime_types: [knives]\n" +
        $"status: active\nsources: {sources ?? "[\"MPS response ¶1\"]"}\n" +
        (classification ? "classification: OFFICIAL\n" : "") +
        "reviewed: 2026-11-01\n" +
        (needs ? "needs: [prevention]\n" : "") +
        (extra.Length > 0 ? extra + "\n" : "") +
        $"---\n\n{body}\n";

    private static string Body(string title) =>
        $"---\ntitle: {title}\nsummary: S.\nsources: [\"MPS response ¶1\"]\nclassification: OFFICIAL\nreviewed: 2026-11-01\n---\n";
}
