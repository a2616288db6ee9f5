using System.Reflection;

namespace KnowledgeBase.Templates;

/// <summary>
/// Finds theme files with one lookup order, stated once: the site's own <c>themes/&lt;name&gt;/</c> first,
/// then the default theme embedded in this library. A site overrides a single template or asset by placing
/// a file with the same path in its theme folder.
/// </summary>
public sealed class ThemeSource
{
    private const string EmbeddedPrefix = "theme/";
    private static readonly Assembly Library = typeof(ThemeSource).Assembly;
    private readonly string? _siteTheme;

    public ThemeSource(string siteRoot, string themeName)
    {
        var folder = Path.Combine(siteRoot, "themes", themeName);
        _siteTheme = Directory.Exists(folder) ? folder : null;
        ThemeName = themeName;
    }

    public string ThemeName { get; }

    /// <summary>True when neither the site nor the embedded default has the theme, i.e. the name is misspelt.</summary>
    public bool Exists => _siteTheme is not null || ThemeName == "default";

    /// <summary>True when either layer has the file.</summary>
    public bool Has(string path) =>
        (_siteTheme is not null && File.Exists(Path.Combine(_siteTheme, path))) || Library.GetManifestResourceInfo(EmbeddedPrefix + path) is not null;

    /// <summary>The file as diagnostics name it: the site's own <c>themes/&lt;name&gt;/</c> file, else the embedded default's.</summary>
    public string DisplayPath(string path) =>
        _siteTheme is not null && File.Exists(Path.Combine(_siteTheme, path)) ? $"themes/{ThemeName}/{path}" : $"themes/default/{path}";

    /// <summary>
    /// True when the site's theme lays pages out with templates of its own (a layout or partial other than the embedded
    /// default's): what such a template shows of other entries is unknown, so an incremental rebuild renders every page.
    /// </summary>
    public bool HasOwnTemplates => _ownTemplates ??= _siteTheme is not null && new[] { "layouts", "partials" }
        .Select(f => Path.Combine(_siteTheme, f))
        .Where(Directory.Exists)
        .SelectMany(f => Directory.EnumerateFiles(f, "*", SearchOption.AllDirectories))
        .Any(file => !IsDefault(Path.GetRelativePath(_siteTheme, file).Replace('\\', '/'), file));

    private bool? _ownTemplates;

    private static bool IsDefault(string path, string file)
    {
        using var stream = Library.GetManifestResourceStream(EmbeddedPrefix + path);
        if (stream is null)
        {
            return false;
        }

        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray().AsSpan().SequenceEqual(File.ReadAllBytes(file));
    }

    public string? ReadText(string path)
    {
        var bytes = ReadBytes(path);
        return bytes is null ? null : System.Text.Encoding.UTF8.GetString(bytes);
    }

    public byte[]? ReadBytes(string path)
    {
        if (_siteTheme is not null)
        {
            var file = Path.Combine(_siteTheme, path);
            if (File.Exists(file))
            {
                return File.ReadAllBytes(file);
            }
        }

        using var stream = Library.GetManifestResourceStream(EmbeddedPrefix + path);
        if (stream is null)
        {
            return null;
        }

        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>Every file below a theme folder (e.g. "assets/"), from both layers, overlay winning; sorted.</summary>
    public IReadOnlyList<string> List(string folder)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var resource in Library.GetManifestResourceNames())
        {
            if (resource.StartsWith(EmbeddedPrefix + folder, StringComparison.Ordinal))
            {
                names.Add(resource[EmbeddedPrefix.Length..]);
            }
        }

        if (_siteTheme is not null && Directory.Exists(Path.Combine(_siteTheme, folder)))
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(_siteTheme, folder), "*", SearchOption.AllDirectories))
            {
                names.Add(Path.GetRelativePath(_siteTheme, file).Replace('\\', '/'));
            }
        }

        return [.. names];
    }
}
