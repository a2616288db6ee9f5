using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Templates;

/// <summary>A theme's mistakes are diagnostics at the template's file, line and column; nothing is published.</summary>
public sealed class TemplateDiagnosticTests
{
    [Fact]
    public void Build_WithAnUnclosedBlock_ReportsTheTemplateFileAndLine_AndKeepsThePreviousSite()
    {
        using var site = SiteFixture.Create();
        Assert.True(site.Build().Succeeded);
        var before = site.AllOutput().ToList();

        site.Write("themes/default/layouts/entry.sbnhtml", "<article>\n<h1>{{ page.title }}</h1>\n{{ for source in page.sources }}\n<p>{{ source }}</p>\n</article>\n");
        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.Code == "KB0302");
        Assert.Equal("themes/default/layouts/entry.sbnhtml", error.File);
        // Scriban finds the missing end where the file ends: the last token, on line 4.
        Assert.Equal(4, error.Line);
        Assert.Contains("for statement", error.Message, StringComparison.Ordinal);
        Assert.False(result.Succeeded);
        Assert.Null(result.OutputFolder);
        Assert.Equal(before, site.AllOutput().ToList());
    }

    [Fact]
    public void Build_WithABrokenPartial_ReportsThePartialOnce_NotEachPageIncludingIt()
    {
        using var site = SiteFixture.Create("-- themes/default/partials/card.sbnhtml --\n<li>\n{{ if entry.stale }}\n</li>\n");
        var result = site.Build();

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("KB0302", "themes/default/partials/card.sbnhtml", 2), (error.Code, error.File, error.Line));
        Assert.Null(result.OutputFolder);
    }

    [Fact]
    public void Build_WithAnUnknownVariable_ReportsItsLineAndColumn()
    {
        using var site = SiteFixture.Create("-- themes/default/layouts/entry.sbnhtml --\n<article>\n  <h1>{{ pgae.title }}</h1>\n</article>\n");
        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.Code == "KB0303");
        Assert.Equal(("themes/default/layouts/entry.sbnhtml", 2, 10), (error.File, error.Line, error.Column));
        Assert.Contains("'pgae'", error.Message, StringComparison.Ordinal);
        Assert.Contains("error KB0303", error.ToString(), StringComparison.Ordinal);
        Assert.Null(result.OutputFolder);
    }

    [Fact]
    public void Build_WithAnUnknownMemberInAPartial_ReportsThePartial()
    {
        using var site = SiteFixture.Create("-- themes/default/partials/card.sbnhtml --\n<li>\n{{ entry.titel }}\n</li>\n");
        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.Code == "KB0303");
        Assert.Equal(("themes/default/partials/card.sbnhtml", 2), (error.File, error.Line));
        Assert.Contains("'titel'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_WithAFunctionFailing_ReportsARuntimeError()
    {
        using var site = SiteFixture.Create("-- themes/default/layouts/404.sbnhtml --\n<p>{{ date \"not a date\" }}</p>\n");
        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.Code == "KB0304");
        Assert.Equal(("themes/default/layouts/404.sbnhtml", 1), (error.File, error.Line));
        Assert.Null(result.OutputFolder);
    }

    [Fact]
    public void Build_AskingForTheClock_IsAnError_SoPagesStayDeterministic()
    {
        using var site = SiteFixture.Create("-- themes/default/layouts/404.sbnhtml --\n<p>{{ date.now }}</p>\n");
        var result = site.Build();

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("KB0304", "themes/default/layouts/404.sbnhtml", 1), (error.Code, error.File, error.Line));
        Assert.Null(result.OutputFolder);
    }

    [Fact]
    public void Build_IncludingAPartialNoThemeHas_ReportsTheInclude()
    {
        using var site = SiteFixture.Create("-- themes/default/layouts/404.sbnhtml --\n<p>\n{{ include \"no-such-partial\" }}\n</p>\n");
        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.Code == "KB0304");
        Assert.Equal(("themes/default/layouts/404.sbnhtml", 2), (error.File, error.Line));
        Assert.Contains("partials/no-such-partial.sbnhtml", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ThemeTemplates_AskedForALayoutNoThemeHas_ReportsKB0301Once()
    {
        using var site = SiteFixture.Create();
        var diagnostics = new KnowledgeBase.Diagnostics.DiagnosticBag();
        var templates = new KnowledgeBase.Templates.Engine.ThemeTemplates(new KnowledgeBase.Templates.ThemeSource(site.Root, "default"), diagnostics);
        Assert.Null(templates.Layout("no-such-layout"));
        Assert.Null(templates.Layout("no-such-layout"));
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(("KB0301", "themes/default/layouts/no-such-layout.sbnhtml"), (error.Code, error.File));
    }
}
