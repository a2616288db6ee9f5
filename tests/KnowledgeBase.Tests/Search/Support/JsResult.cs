using KnowledgeBase.Search;
using System.Text.Json;

namespace KnowledgeBase.Tests.Search.Support;

/// <summary>One answer of search.js, as run-queries.js prints it.</summary>
public sealed record JsResult(string Q, int Total, List<string> Slugs, List<double> Scores, string? Message, List<string> Snippets, JsonElement Facets);
