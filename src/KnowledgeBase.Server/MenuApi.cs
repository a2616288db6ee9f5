using KnowledgeBase.Menu;
using KnowledgeBase.Site;
using Microsoft.AspNetCore.Http;

namespace KnowledgeBase.Server;

/// <summary>
/// <c>GET /api/menu?need=&amp;crime_type=&amp;borough=&amp;text=&amp;limit=</c>: the same JSON as <c>kb menu --json</c>.
/// Unknown values get a 400 whose message lists the allowed ones; an empty profile gets the default menu.
/// </summary>
public sealed class MenuApi(SharedSearchEngine engines) : IDisposable
{
    private static readonly string[] Fields = ["need", "crime_type", "crime-type", "gang_type", "gang-type", "focus", "borough", "community", "audience", "text"];
    private readonly Lock _gate = new();
    private SiteGraph? _graph;
    private MenuService? _menu;
    private SharedSearchEngine.Lease? _search;

    /// <summary>Takes the graph of a new build; the menu is rebuilt from it on the next request.</summary>
    public void Reload(SiteGraph? graph)
    {
        lock (_gate)
        {
            _graph = graph ?? _graph;
            _menu = null;
            _search?.Dispose();
            _search = null;
        }
    }

    public async Task HandleAsync(HttpContext context)
    {
        var query = context.Request.Query;
        if (!ApiResponses.TryLimit(query, 5, 50, out var limit))
        {
            await ApiResponses.BadRequest(context, "'limit' must be a whole number from 1 to 50");
            return;
        }

        var unknown = query.Keys.Where(k => k != "limit" && !Fields.Contains(k)).ToList();
        if (unknown.Count > 0)
        {
            await ApiResponses.BadRequest(context, $"unknown field '{unknown[0]}'; allowed fields: need, crime_type, gang_type, focus, borough, community, audience, text, limit");
            return;
        }

        if (query["text"].ToString().Length > 2000)
        {
            await ApiResponses.BadRequest(context, "'text' is longer than 2000 characters; describe the problem more briefly");
            return;
        }

        MenuAnswer answer;
        lock (_gate)
        {
            if (_graph is null)
            {
                answer = MenuAnswer.Problem(MenuProfile.Empty, "the site has not been built yet");
            }
            else
            {
                _search ??= engines.Acquire();
                _menu ??= new MenuService(_graph, _search.Engine);
                var fields = query.Where(q => q.Key != "limit")
                    .Select(q => new KeyValuePair<string, IReadOnlyList<string>>(q.Key, [.. q.Value.OfType<string>()]));
                answer = _menu.Answer(fields, limit);
            }
        }

        var status = answer.Message is not null && answer.Options.IsEmpty ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        if (status == StatusCodes.Status400BadRequest)
        {
            await ApiResponses.BadRequest(context, answer.Message!);
            return;
        }

        await ApiResponses.Json(context, MenuJsonWriter.ToJson(answer));
    }

    public void Dispose() => Reload(null);
}
