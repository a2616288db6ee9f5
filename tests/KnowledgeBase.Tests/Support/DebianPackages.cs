using System.Diagnostics;

namespace KnowledgeBase.Tests.Support;

/// <summary>Installs a Debian package the tests need (Chromium, Node.js) on a machine that has only the .NET SDK.</summary>
public static class DebianPackages
{
    private static readonly Lock Gate = new();

    public static void Install(string package)
    {
        lock (Gate)
        {
            Run("apt-get", "update -qq");
            Run("apt-get", $"install -y -qq {package}");
        }
    }

    private static void Run(string file, string arguments)
    {
        try
        {
            var start = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
            start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
            using var process = Process.Start(start)!;
            process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // No apt-get here: the caller reports what is missing and how to get it.
        }
    }
}
