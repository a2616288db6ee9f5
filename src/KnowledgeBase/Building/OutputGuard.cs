using KnowledgeBase.Configuration;
using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Building;

/// <summary>
/// A build replaces its output folder whole, so the folder must be one a build owns: never the site root,
/// content or themes, nor an existing folder that does not hold a built site.
/// </summary>
public static class OutputGuard
{
    public static void Check(string siteRoot, SiteConfig config, string output, DiagnosticBag diagnostics)
    {
        var root = Path.GetFullPath(siteRoot).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var target = output.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var protectedFolders = new[] { root, Path.Combine(root, config.Content) + Path.DirectorySeparatorChar, Path.Combine(root, "themes") + Path.DirectorySeparatorChar };
        var at = SourceLocation.WholeFile(config.Output);
        if (protectedFolders.Any(p => p.StartsWith(target, StringComparison.Ordinal) || target.StartsWith(Path.GetFullPath(p), StringComparison.Ordinal) && p != root))
        {
            diagnostics.Error(at, DiagnosticCodes.OutputFailed,
                $"the output folder '{output}' would replace the site's own files; choose a separate folder such as _site");
            return;
        }

        // The output path becomes a link to the build: a file of the editor's own there must not be replaced by it.
        if (File.Exists(output) && new FileInfo(output).LinkTarget is null)
        {
            diagnostics.Error(at, DiagnosticCodes.OutputFailed,
                $"the output path '{output}' is a file, and a build replaces it whole; choose a folder such as _site");
            return;
        }

        if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any()
            && !(File.Exists(Path.Combine(output, "index.html")) && File.Exists(Path.Combine(output, "sitemap.xml"))))
        {
            diagnostics.Error(at, DiagnosticCodes.OutputFailed,
                $"the output folder '{output}' holds files that are not a built site, and a build replaces the whole folder; choose another folder or empty it");
        }
    }
}
