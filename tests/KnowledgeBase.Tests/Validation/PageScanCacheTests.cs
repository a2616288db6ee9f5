using KnowledgeBase.Validation;

namespace KnowledgeBase.Tests.Validation;

/// <summary>What a build's link check keeps for the next: the scans of the pages and partials it met.</summary>
public sealed class PageScanCacheTests
{
    private int _scans;

    private ScannedPage Scan(ReadOnlyMemory<char> text)
    {
        _scans++;
        return new ScannedPage(new HashSet<string>(StringComparer.Ordinal), [text.ToString()]);
    }

    [Fact]
    public void APartial_IsReadOncePerBuild_AndNotAgainByTheNextBuildThatMeetsIt()
    {
        var cache = new PageScanCache();
        var card = "<li><a href=\"/options/x/\">x</a></li>".AsMemory();

        cache.GetOrScanPartial(card, Scan);
        cache.GetOrScanPartial(card, Scan);
        Assert.Equal(1, _scans);

        // kb serve's next rebuild lays out a listing again: its cards are the same text as before.
        cache.Commit();
        var scanned = cache.GetOrScanPartial(card.ToString().AsMemory(), Scan);
        Assert.Equal(1, _scans);
        Assert.Equal(["<li><a href=\"/options/x/\">x</a></li>"], scanned.Links);
    }

    [Fact]
    public void APartial_NoBuildMet_IsForgotten_AndADifferentTextIsReadAgain()
    {
        var cache = new PageScanCache();
        cache.GetOrScanPartial("<p id=\"a\"></p>".AsMemory(), Scan);
        cache.Commit();
        cache.Commit(); // a build that did not meet it

        cache.GetOrScanPartial("<p id=\"a\"></p>".AsMemory(), Scan);
        cache.GetOrScanPartial("<p id=\"b\"></p>".AsMemory(), Scan);
        Assert.Equal(3, _scans);
    }
}
