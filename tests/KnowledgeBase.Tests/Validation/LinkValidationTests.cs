using AngleSharp.Html.Parser;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Validation;

/// <summary>
/// The link check over whole built sites: a broken link is an error at the file and line that wrote it (content or
/// template), nothing is written, and the previous site stays.
/// </summary>
public sealed class LinkValidationTests
{
    [Fact]
    public void Build_WithBrokenAnchorInContent_NamesTheMarkdownFileAndLine()
    {
        using var site = SiteFixture.Create(Option("See [the aims](../programmes/operation-blunt.md#aim) and [below](#no-such-part)."));
        var result = site.Build();

        Assert.False(result.Succeeded);
        var errors = result.Diagnostics.Where(d => d.Code == "KB0502").Select(d => d.ToString()).ToList();
        Assert.Equal(2, errors.Count);
        Assert.StartsWith("content/options/x.md(12,5): error KB0502: the link '/programmes/operation-blunt/#aim' on options/x/index.html leads to 'programmes/operation-blunt/index.html', which has no element with that id; did you mean '#aims'?", errors[0], StringComparison.Ordinal);
        Assert.StartsWith("content/options/x.md(12,58): error KB0502: the link '#no-such-part'", errors[1], StringComparison.Ordinal);
        Assert.False(site.OutputExists("index.html"));
    }

    [Fact]
    public void Build_WithAnchorsThatExist_Succeeds()
    {
        using var site = SiteFixture.Create(Option("See [the aims](../programmes/operation-blunt.md#aims), [the top](#top) and [when](#when-to-use-it).", heading: "When to use it"));
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
    }

    [Fact]
    public void Build_WithBrokenEntryLink_IsReportedOnceByTheMarkdownStage()
    {
        using var site = SiteFixture.Create(Option("See [Trident](../programmes/tridnet.md#aims)."));
        var error = Assert.Single(site.Build().Diagnostics, d => d.IsError);
        Assert.Equal(("KB0201", "content/options/x.md", 12), (error.Code, error.File, error.Line));
    }

    [Fact]
    public void Build_WithBrokenLinkInLayout_NamesTheTemplateFileAndLine()
    {
        var entry = File.ReadAllText(Path.Combine(Repository.Root, "themes", "default", "layouts", "entry.sbnhtml"));
        using var site = SiteFixture.Create("-- themes/default/layouts/entry.sbnhtml --\n<p>\n  <a href=\"/no-such-page/\">Broken</a></p>\n" + entry);
        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.Code == "KB0501");
        Assert.Equal("themes/default/layouts/entry.sbnhtml", error.File);
        Assert.Equal((2, 12), (error.Line, error.Column));
        Assert.Contains("'/no-such-page/' on 2 pages, first options/anti-knife-education/index.html leads to 'no-such-page/index.html', which the build does not write; correct the link in the template", error.Message, StringComparison.Ordinal);
        Assert.False(site.OutputExists("index.html"));
    }

    [Fact]
    public void Build_WithBrokenLinkInAPartialOnManyPages_NamesThePartialOnce()
    {
        var card = File.ReadAllText(Path.Combine(Repository.Root, "themes", "default", "partials", "card.sbnhtml"));
        using var site = SiteFixture.Create("-- themes/default/partials/card.sbnhtml --\n" + card.Replace("</h3>", "</h3><a href=\"/no-such-card/\">x</a>", StringComparison.Ordinal));

        var error = Assert.Single(site.Check().Diagnostics, d => d.Code == "KB0501");
        Assert.Equal(("themes/default/partials/card.sbnhtml", 2), (error.File, error.Line));
        Assert.Matches("'/no-such-card/' on [0-9]+ pages, first ", error.Message);
    }

    [Fact]
    public void Build_WithBrokenFragmentInTheFrame_NamesTheFrameTemplate()
    {
        var frame = File.ReadAllText(Path.Combine(Repository.Root, "themes", "default", "layouts", "base.sbnhtml"));
        using var site = SiteFixture.Create("-- themes/default/layouts/base.sbnhtml --\n" + frame.Replace("href=\"#main\"", "href=\"#mian\"", StringComparison.Ordinal));
        var error = Assert.Single(site.Check().Diagnostics, d => d.Code == "KB0502");
        Assert.Equal("themes/default/layouts/base.sbnhtml", error.File);
        Assert.Contains("did you mean '#main'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_WithLinkToMissingFile_NamesTheMarkdownLine()
    {
        using var site = SiteFixture.Create(Option("The [report](report.pdf) and [logo](/assets/nope.png)."));
        var errors = site.Build().Diagnostics.Where(d => d.Code == "KB0501").ToList();

        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal(("content/options/x.md", 12), (e.File, e.Line)));
        Assert.Contains("leads to 'options/x/report.pdf', which the build does not write", errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_WithLinkOutOfTheSite_IsAnError()
    {
        using var site = SiteFixture.Create(Option("Read [this](../../../../etc/passwd)."));
        var error = Assert.Single(site.Build().Diagnostics, d => d.IsError);

        Assert.Equal("content/options/x.md(12,6): error KB0503: the link '../../../../etc/passwd' on options/x/index.html leads outside the site; link to a page of the site or to a full http(s) address", error.ToString());
    }

    [Fact]
    public void Build_WithUnderBasePathLinkLeavingIt_IsAnError()
    {
        using var site = SiteFixture.Create("-- site.config.yml --\ntitle: T\nbase_url: https://manual.example/manual/\n" + Option("[Up](../../../other/) and [in](../anti-knife-education/)"));
        var result = site.Build();
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(("KB0503", "content/options/x.md", 12), (error.Code, error.File, error.Line));
    }

    [Fact]
    public void Build_WithJavascriptAutolink_ReportsItAndWritesNoLiveLink()
    {
        using var site = SiteFixture.Create(Option("Click <javascript:alert(document.cookie)>."));
        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(("KB0202", "content/options/x.md", 12, 7), (error.Code, error.File, error.Line, error.Column));
        using var body = new HtmlParser().ParseDocument(result.Graph!.Find("x")!.Rendered.Html);
        Assert.Empty(body.QuerySelectorAll("a"));
        Assert.Contains("javascript:alert(document.cookie)", body.Body!.TextContent, StringComparison.Ordinal);
        Assert.False(site.OutputExists("options/x/index.html"));
    }

    [Fact]
    public void Build_WithBrokenLink_KeepsThePreviousSite()
    {
        using var site = SiteFixture.Create();
        Assert.True(site.Build().Succeeded);
        var before = site.AllOutput().ToList();

        site.Write("content/options/x.md", Option("[gone](#nowhere)")[("-- content/options/x.md --\n".Length)..]);
        Assert.False(site.Build().Succeeded);
        Assert.Equal(before, site.AllOutput().ToList());
    }

    [Fact]
    public void Check_ListsExternalLinksWithTheirFileAndLine()
    {
        using var site = SiteFixture.Create(Option("The [Home Office](https://www.gov.uk/) and <team@example.org>.\n\nAgain [the Home Office](https://www.gov.uk/)."));
        var result = site.Check();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Equal(
            ["content/options/x.md(12,5): https://www.gov.uk/", "content/options/x.md(12,44): mailto:team@example.org", "content/options/x.md(14,7): https://www.gov.uk/"],
            result.ExternalLinks.Select(l => l.ToString()));
    }

    [Fact]
    public void Rebuild_ReusingScansOfUnchangedPages_StillChecksThemAgainstTheChangedOnes()
    {
        using var site = SiteFixture.Create(Option("See [the aims](../programmes/operation-blunt.md#aims)."));
        var builder = new KnowledgeBase.Building.SiteBuilder();
        Assert.True(builder.Build(site.Request).Succeeded);

        // Only the linked page changes: the linking page's bytes are the same, its scan is reused, its link is not.
        site.Write("content/programmes/operation-blunt.md", SiteFixture.Programme.Replace("## Aims", "## Goals", StringComparison.Ordinal));
        var error = Assert.Single(builder.Build(site.Request).Diagnostics, d => d.IsError);
        Assert.Equal(("KB0502", "content/options/x.md", 12), (error.Code, error.File, error.Line));
        Assert.Contains("has no element with that id", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A published option whose body starts on line 10, with a heading there and the given text on line 12.</summary>
    internal static string Option(string text, string heading = "Aims") => $"""
        -- content/options/x.md --
        ---
        title: X
        summary: One sentence.
        needs: [prevention]
        crime_types: [knives]
        sources: ["MPS response ¶1"]
        classification: OFFICIAL
        reviewed: 2026-11-01
        ---
        ## {heading}

        {text}

        """;
}
