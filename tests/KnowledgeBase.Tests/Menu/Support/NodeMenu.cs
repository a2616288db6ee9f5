using KnowledgeBase.Menu;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KnowledgeBase.Tests.Menu.Support;

/// <summary>Runs assets/menu.js under Node on a catalog's menu-data.json and returns its answers by request id.</summary>
internal static class NodeMenu
{
    public static bool Available => Run(KnowledgeBase.Tests.Support.Node.Executable, "--version", out _) == 0;

    public static Dictionary<string, JsonObject> Recommend(MenuCatalog catalog, IEnumerable<(string Id, MenuProfile Profile, int Limit)> requests)
    {
        var dir = Directory.CreateTempSubdirectory("menu-js-");
        try
        {
            var data = Path.Combine(dir.FullName, "menu-data.json");
            File.WriteAllText(data, MenuDataWriter.ToJson(catalog));
            var input = new JsonArray([.. requests.Select(r => (JsonNode)new JsonObject
            {
                ["id"] = r.Id,
                ["profile"] = ToRaw(r.Profile),
                ["limit"] = r.Limit,
            })]);
            var requestsPath = Path.Combine(dir.FullName, "requests.json");
            File.WriteAllText(requestsPath, input.ToJsonString());
            var code = Run(KnowledgeBase.Tests.Support.Node.Executable, $"\"{Paths.NodeHarness}\" \"{Paths.MenuJs}\" \"{data}\" \"{requestsPath}\"", out var stdout);
            Assert.True(code == 0, $"node exited {code}: {stdout}");
            return JsonNode.Parse(stdout)!.AsArray().ToDictionary(n => (string)n!["id"]!, n => n!["answer"]!.AsObject());
        }
        finally
        {
            dir.Delete(true);
        }
    }

    private static JsonObject ToRaw(MenuProfile profile)
    {
        var raw = new JsonObject { ["text"] = profile.Text };
        foreach (var facet in MenuFacets.All)
        {
            raw[facet] = new JsonArray([.. profile.TermsOf(facet).Select(v => (JsonNode)v)]);
        }

        return raw;
    }

    private static int Run(string file, string arguments, out string stdout)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(file, arguments)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            })!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            stdout = output.Result + error.Result;
            return process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            stdout = e.Message;
            return -1;
        }
    }
}
