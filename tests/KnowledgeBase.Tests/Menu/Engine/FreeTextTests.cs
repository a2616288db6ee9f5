using KnowledgeBase.Menu;
using KnowledgeBase.Tests.Menu.Support;

namespace KnowledgeBase.Tests.Menu.Engine;

/// <summary>The free text is read with the search lexicon's synonyms, and the words it matched are quoted.</summary>
public sealed class FreeTextTests
{
    [Theory]
    [InlineData("a lad was stabbed outside the station", "answers knife-enabled crime (from 'stabbed' in your description)")]
    [InlineData("handguns are being passed around the estate", "answers gun-enabled crime (from 'handguns' in your description)")]
    [InlineData("the same PPOs keep coming back", "reaches offenders (from 'ppos' in your description)")]
    public void WordsSearchTreatsAsATerm_NameIt_AndTheReasonQuotesThem(string text, string reason)
    {
        var answer = Engines.Bm25.Recommend(new MenuProfile { Text = text }, 8);

        var reasons = answer.Options.SelectMany(o => o.Reasons).ToList();
        Assert.True(reasons.Exists(r => r.StartsWith(reason, StringComparison.Ordinal)), string.Join(" | ", reasons.Distinct()));
    }

    [Fact]
    public void Risk_FindsTheRiskAssessmentOption()
    {
        var answer = Engines.Bm25.Recommend(new MenuProfile { Needs = ["intelligence"], Text = "who is at risk of being hurt next" }, 5);

        Assert.Contains("ramp-risk-assessment", answer.Options.Take(3).Select(o => o.Slug));
    }
}
