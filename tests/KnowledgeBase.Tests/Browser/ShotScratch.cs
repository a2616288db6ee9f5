namespace KnowledgeBase.Tests.Browser;

public sealed class ShotScratch(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Shots()
    {
        foreach (var (name, width, height) in new[] { ("phone", 390, 1400), ("desktop", 1280, 1100) })
        {
            var (page, _) = await browser.OpenAsync("/menu/?need=prevention&need=enforcement&crime_type=knives&borough=croydon", width, height);
            await page.WaitForSelectorAsync(".menu-option");
            await page.Locator("#menu-answer").ScrollIntoViewIfNeededAsync();
            await page.ScreenshotAsync(new() { Path = $"/tmp/x/menu-{name}.png" });
            var (home, _) = await browser.OpenAsync("/", width, height);
            await home.ScreenshotAsync(new() { Path = $"/tmp/x/home-{name}.png" });
        }
    }
}
