using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace KnowledgeBase.Server;

/// <summary>How the APIs answer: JSON bodies, and 400s that say what was wrong.</summary>
public static class ApiResponses
{
    public static async Task Json(HttpContext context, string json, int status = StatusCodes.Status200OK)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.WriteAsync(json, context.RequestAborted);
    }

    /// <summary>Reads an optional 'limit' parameter; false when it is present but not a whole number in range.</summary>
    public static bool TryLimit(IQueryCollection query, int fallback, int max, out int limit)
    {
        limit = fallback;
        return !query.TryGetValue("limit", out var text)
            || (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out limit) && limit >= 1 && limit <= max);
    }

    public static Task BadRequest(HttpContext context, string message) =>
        Json(context, JsonSerializer.Serialize(new Dictionary<string, string> { ["error"] = message }), StatusCodes.Status400BadRequest);
}
