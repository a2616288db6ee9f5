using System.Text;
using Microsoft.AspNetCore.Http;

namespace KnowledgeBase.Server;

/// <summary>
/// Serves the built site's files: clean URLs map to index.html, a missing page gets 404.html with status 404,
/// and HTML pages get the live-reload script. Paths are confined to the output folder.
/// </summary>
public sealed class SiteFiles(string outputFolder, bool liveReload)
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

    private readonly string _root = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;

    public async Task ServeAsync(HttpContext context)
    {
        var relative = context.Request.Path.Value ?? "/";
        var file = Resolve(relative);
        var status = StatusCodes.Status200OK;
        if (file is null)
        {
            file = Path.Combine(_root, "404.html");
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
        context.Response.Headers["X-Content-Type-Options"] = "nosniff";
        var bytes = await File.ReadAllBytesAsync(file, context.RequestAborted);
        if (liveReload && file.EndsWith(".html", StringComparison.Ordinal))
        {
            var html = Encoding.UTF8.GetString(bytes).Replace("</body>", Script + "\n</body>", StringComparison.Ordinal);
            bytes = Encoding.UTF8.GetBytes(html);
        }

        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    private string? Resolve(string urlPath)
    {
        if (urlPath.Contains('\0', StringComparison.Ordinal))
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(_root, urlPath.TrimStart('/')));
        if (!(full + Path.DirectorySeparatorChar).StartsWith(_root, StringComparison.Ordinal) && !full.StartsWith(_root, StringComparison.Ordinal))
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
