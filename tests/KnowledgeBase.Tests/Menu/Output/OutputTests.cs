using KnowledgeBase.Menu;
using System.Text.Json.Nodes;
using KnowledgeBase.Tests.Menu.Support;

namespace KnowledgeBase.Tests.Menu.Output;

public sealed class OutputTests
{
    private static readonly MenuProfile Profile = new() { Needs = ["prevention"], CrimeTypes = ["knives"], Boroughs = ["lambeth"], Text = "school" };

    [Fact]
    public void MenuJson_FollowsTheContract_ContractFieldsFirst()
    {
        var json = JsonNode.Parse(MenuJsonWriter.ToJson(Engines.Bm25.Recommend(Profile, 3)))!.AsObject();

        Assert.Equal(["profile", "options", "groups", "readings", "message"], json.Select(p => p.Key));
        Assert.Equal(["knives"], json["profile"]!["crime_types"]!.AsArray().Select(n => (string)n!));
        var option = json["options"]![0]!.AsObject();
        Assert.Equal(["slug", "title", "needs", "score", "reasons"], option.Select(p => p.Key).Take(5));
        Assert.NotEmpty(option["reasons"]!.AsArray());
    }

    [Fact]
    public void SameProfile_GivesTheSameBytes_EveryTime()
    {
        var first = MenuJsonWriter.ToJson(Engines.Bm25.Recommend(Profile, 10));
        var again = MenuJsonWriter.ToJson(new MenuEngine(ManualMenu.Catalog, ManualMenu.SiteSearch).Recommend(Profile, 10));

        Assert.Equal(first, again);
    }

    [Fact]
    public void ShuffledCatalog_GivesTheSameAnswer()
    {
        var catalog = ManualMenu.Catalog;
        var shuffled = catalog with { Options = [.. catalog.Options.Reverse()] };
        var profile = MenuProfile.Empty;

        Assert.Equal(
            MenuJsonWriter.ToJson(new MenuEngine(catalog).Recommend(profile, 33)),
            MenuJsonWriter.ToJson(new MenuEngine(shuffled).Recommend(profile, 33)));
        Assert.Equal(MenuDataWriter.ToJson(catalog), MenuDataWriter.ToJson(shuffled));
    }

    [Fact]
    public void MenuData_HasSortedKeys_AtEveryLevel()
    {
        var data = JsonNode.Parse(MenuDataWriter.ToJson(ManualMenu.Catalog))!;

        AssertSorted(data);
        Assert.Equal(33, data["options"]!.AsArray().Count);
    }

    private static void AssertSorted(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                var keys = obj.Select(p => p.Key).ToList();
                Assert.Equal(keys.Order(StringComparer.Ordinal), keys);
                foreach (var (_, value) in obj)
                {
                    AssertSorted(value);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    AssertSorted(item);
                }

                break;
        }
    }
}
