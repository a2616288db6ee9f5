using System.Text;
using KnowledgeBase.Search;
using KnowledgeBase.Search.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace KnowledgeBase.Server;

/// <summary>
/// <c>GET /api/search?q=...&amp;limit=&amp;kind=&amp;need=&amp;crime_type=&amp;borough=...</c>: the same JSON as
/// <c>kb search --json</c>, from the Lucene index the last good build wrote. A bad request is a 400 with a
/// message, never a 500.
/// </summary>
public sealed class SearchApi(SharedSearchEngine engines, ILogger logger)
{
    public const int MaxQueryBytes = 10_000;
    private static readonly string[] FilterKeys = ["kind", "need", "crime_type", "gang_type", "focus", "borough", "community", "audience"];
    public async Task HandleAsync(HttpContext context)
    {
        var query = context.Request.Query;
        var q = query["q"].ToString();
        if (Encoding.UTF8.GetByteCount(q) > MaxQueryBytes)
        {
            await ApiResponses.BadRequest(context, $"the query is longer than {MaxQueryBytes} bytes; shorten it");
            return;
        }

        if (!ApiResponses.TryLimit(query, 10, 100, out var limit))
        {
            await ApiResponses.BadRequest(context, "'limit' must be a whole number from 1 to 100");
            return;
        }

        var filters = FilterKeys
            .Where(k => query.ContainsKey(k))
            .ToDictionary(k => k, k => (IReadOnlyList<string>)[.. query[k].OfType<string>().Where(v => v.Length > 0)], StringComparer.Ordinal);
        SearchResponse response;
        try
        {
            using var lease = engines.Acquire();
            response = lease.Engine.Search(new SearchRequest(q, limit, filters));
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or FormatException or IOException)
        {
            logger.LogWarning(ex, "Search could not answer {Query}", q);
            await ApiResponses.BadRequest(context, "the query could not be read; try plain words");
            return;
        }

        await ApiResponses.Json(context, SearchResponseJson.ToJson(response));
    }
}
