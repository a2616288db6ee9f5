using KnowledgeBase.Server;

namespace KnowledgeBase.Tests.Support;

/// <summary>The fixture site built and served by kb serve on a free port, with a client for its APIs.</summary>
public sealed class ServedFixtureSite : IAsyncLifetime
{
    public SiteFixture Site { get; private set; } = null!;

    public SiteServer Server { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Site = SiteFixture.Create();
        Server = await SiteServer.StartAsync(new ServeOptions(Site.Request, 0, false, [], "_site"));
        Http = new HttpClient { BaseAddress = new Uri(Server.Url) };
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
        Site.Dispose();
    }
}
