using KnowledgeBase.Search;
using System.Diagnostics;
using System.Text.Json;

namespace KnowledgeBase.Tests.Search.Support;

/// <summary>Runs search.js under node against a static index, for parity with the server engine.</summary>
internal static class NodeRunner
{
    public static string SearchJs => Path.Combine(AppContext.BaseDirectory, "Search", "search.js");

    public static bool Available()
    {
        try
        {
            using var p = Process.Start(new ProcessStartInfo(KnowledgeBase.Tests.Support.Node.Executable, "--version") { RedirectStandardOutput = true, UseShellExecute = false });
            p!.WaitForExit(10_000);
            return p.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    public static List<JsResult> Run(string indexPath, IEnumerable<object> queries)
    {
        string queryFile = Path.GetTempFileName();
        File.WriteAllText(queryFile, JsonSerializer.Serialize(queries));
        try
        {
            var info = new ProcessStartInfo(KnowledgeBase.Tests.Support.Node.Executable, [Path.Combine(AppContext.BaseDirectory, "Search", "Js", "run-queries.js"), SearchJs, indexPath, queryFile])
            {
                RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            };
            using var p = Process.Start(info)!;
            var stdout = p.StandardOutput.ReadToEndAsync();
            string stderr = p.StandardError.ReadToEnd();
            p.WaitForExit(60_000);
            Assert.True(p.ExitCode == 0, "node failed: " + stderr);
            return JsonSerializer.Deserialize<List<JsResult>>(stdout.Result, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
        }
        finally
        {
            File.Delete(queryFile);
        }
    }
}
