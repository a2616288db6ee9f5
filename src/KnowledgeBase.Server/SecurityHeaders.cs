using System.Net;
using Microsoft.AspNetCore.Http;

namespace KnowledgeBase.Server;

/// <summary>
/// What kb serve adds to every answer, pages and APIs alike, and the requests it refuses. The policy is written once,
/// here. Scripts are files only (the theme has no inline script); styles allow inline <c>style</c> attributes because
/// Markdig writes table column alignment as <c>style="text-align: …"</c>; inline <c>&lt;style&gt;</c> elements are refused.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; img-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public const string ReferrerPolicy = "no-referrer";

    /// <summary>
    /// Refuses a request whose Host is not a loopback name or address (DNS rebinding: a page on another site whose
    /// name now resolves to 127.0.0.1 must not read the manual), and adds the headers to every other answer.
    /// </summary>
    public static async Task Apply(HttpContext context, RequestDelegate next)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = ReferrerPolicy;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XFrameOptions = "DENY";
        if (!IsLoopback(context.Request.Host))
        {
            context.Response.StatusCode = StatusCodes.Status421MisdirectedRequest;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(
                "kb serve answers requests to localhost or 127.0.0.1 only; open the address it printed when it started.\n", context.RequestAborted);
            return;
        }

        await next(context);
    }

    public static bool IsLoopback(HostString host)
    {
        var name = host.Host;
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }

        if (IPAddress.TryParse(name.Trim('[', ']'), out var address))
        {
            return IPAddress.IsLoopback(address);
        }

        var lower = name.TrimEnd('.').ToLowerInvariant();
        return lower == "localhost" || lower.EndsWith(".localhost", StringComparison.Ordinal);
    }
}
