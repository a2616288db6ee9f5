using System.Diagnostics;

namespace KnowledgeBase.Tests.Support;

/// <summary>
/// Node.js runs the browser engines (search.js, menu.js) in the parity tests. A machine without it gets
/// Debian's <c>nodejs</c> package, as the browser tests get Chromium.
/// </summary>
public static class Node
{
    private static readonly Lazy<string> Found = new(Locate);

    public static string Executable => Found.Value;

    private static string Locate()
    {
        if (Works("node"))
        {
            return "node";
        }

        DebianPackages.Install("nodejs");
        return Works("node") ? "node"
            : throw new InvalidOperationException("Node.js is needed for the search and menu parity tests: install Debian's 'nodejs' package.");
    }

    private static bool Works(string file)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(file, "--version") { RedirectStandardOutput = true, UseShellExecute = false })!;
            process.WaitForExit(10_000);
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
