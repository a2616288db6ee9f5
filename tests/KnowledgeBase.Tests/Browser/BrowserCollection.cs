using Xunit;

namespace KnowledgeBase.Tests.Browser;

/// <summary>
/// The browser tests of the built manual share one build and one Chromium, and run one class at a time: on a
/// small machine, classes racing each other's page loads made navigations time out.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "The built manual in Chromium";
}
