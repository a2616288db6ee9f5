using System.Net;
using System.Text;
using KnowledgeBase.Output;
using Microsoft.AspNetCore.Http;

namespace KnowledgeBase.Server;

/// <summary>
/// Serves the built site's files: clean URLs map to index.html, a missing page gets 404.html with status 404,
/// and HTML pages get the live-reload script. Paths are confined to the output folder. The output path is resolved to
/// its complete build folder once per request, so a rebuild swapping the site meanwhile never splits one answer
/// between two sites; a site built at another classification than kb serve's is refused.
/// </summary>
public sealed class SiteFiles(string outputFolder, bool liveReload, ServedSiteGuard guard)
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".xml"] = "application/xml; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".txt"] = "text/plain; charset=utf-8",
    };

    private const string Script = "<script src=\"/_kb/live-reload.js\" defer></script>";

    public async Task ServeAsync(HttpContext context)
    {
        var root = AtomicSiteWriter.CurrentSite(outputFolder) + Path.DirectorySeparatorChar;
        if (guard.Refusal(root) is { } refusal)
        {
            // An HTML answer with the live-reload script, so the page loads the site once a build at this level succeeds.
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.Headers.CacheControl = "no-store";
            var page = $"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not served</title></head>\n<body><pre role=\"alert\">{WebUtility.HtmlEncode(refusal)}</pre>\n</body></html>\n";
            await context.Response.WriteAsync(liveReload ? page.Replace("</body>", Script + "\n</body>", StringComparison.Ordinal) : page, context.RequestAborted);
            return;
        }

        var relative = context.Request.Path.Value ?? "/";
        var file = Resolve(root, relative);
        var status = StatusCodes.Status200OK;
        if (file is null)
        {
            file = Path.Combine(root, "404.html");
            status = StatusCodes.Status404NotFound;
            if (!File.Exists(file))
            {
                context.Response.StatusCode = status;
                return;
            }
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = Types.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream");
        context.Response.Headers.CacheControl = "no-cache";
        var bytes = await File.ReadAllBytesAsync(file, context.RequestAborted);
        if (liveReload && file.EndsWith(".html", StringComparison.Ordinal))
        {
            var html = Encoding.UTF8.GetString(bytes).Replace("</body>", Script + "\n</body>", StringComparison.Ordinal);
            bytes = Encoding.UTF8.GetBytes(html);
        }

        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    private static string? Resolve(string root, string urlPath)
    {
        if (urlPath.Contains('\0', StringComparison.Ordinal))
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(root, urlPath.TrimStart('/')));
        if (!(full + Path.DirectorySeparatorChar).StartsWith(root, StringComparison.Ordinal) && !full.StartsWith(root, StringComparison.Ordinal))
        {
            return null;
        }

        if (Directory.Exists(full))
        {
            full = Path.Combine(full, "index.html");
        }

        return File.Exists(full) ? full : null;
    }
}
