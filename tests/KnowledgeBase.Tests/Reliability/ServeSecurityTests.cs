using System.Net;
using KnowledgeBase.Server;
using KnowledgeBase.Tests.Support;

namespace KnowledgeBase.Tests.Reliability;

/// <summary>kb serve's headers on every kind of answer, and requests for other host names refused (DNS rebinding).</summary>
public sealed class ServeSecurityTests(ServedFixtureSite served) : IClassFixture<ServedFixtureSite>
{
    [Theory]
    [InlineData("/", 200)]
    [InlineData("/assets/site.css", 200)]
    [InlineData("/no/such/page/", 404)]
    [InlineData("/api/search?q=knife", 200)]
    [InlineData("/api/search?limit=0", 400)]
    [InlineData("/api/menu?need=prevention", 200)]
    [InlineData("/_kb/live-reload.js", 200)]
    public async Task EveryAnswer_CarriesTheSecurityHeaders(string path, int status)
    {
        using var response = await served.Http.GetAsync(path);
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, csp);
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("127.0.0.1.evil.example")]
    [InlineData("localhost.evil.example")]
    [InlineData("10.0.0.1")]
    public async Task ARequestForAnotherHost_IsRefused(string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/search?q=knife");
        request.Headers.Host = host;
        using var response = await served.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.MisdirectedRequest, response.StatusCode);
        Assert.DoesNotContain("results", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    [InlineData("[::1]")]
    [InlineData("manual.localhost")]
    public async Task ARequestForALoopbackName_IsAnswered(string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = host + ":" + new Uri(served.Server.Url).Port;
        using var response = await served.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : "";
}
