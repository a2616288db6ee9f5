using KnowledgeBase.Diagnostics;
using KnowledgeBase.Yaml;
using YamlDotNet.RepresentationModel;

namespace KnowledgeBase.Configuration;

/// <summary>
/// Reads <c>site.config.yml</c>. Unknown keys and bad values are errors on their own line: a misspelt key
/// silently ignored would publish a site its owner did not ask for.
/// </summary>
public static class SiteConfigLoader
{
    private static readonly string[] Keys =
    [
        "title", "description", "base_url", "language", "output", "content", "theme", "max_classification",
        "review_interval_months", "recent_entries", "feed_entries", "owner", "contact",
    ];

    public static SiteConfig Load(string siteRoot, string? configPath, DiagnosticBag diagnostics)
    {
        var path = configPath ?? Path.Combine(siteRoot, SiteConfig.FileName);
        var display = configPath is null ? SiteConfig.FileName : Path.GetRelativePath(siteRoot, path).Replace('\\', '/');
        if (!File.Exists(path))
        {
            diagnostics.Error(SourceLocation.WholeFile(display), DiagnosticCodes.ConfigUnreadable,
                $"the site configuration was not found; create {SiteConfig.FileName} at the site root (see README.md)");
            return new SiteConfig();
        }

        return Parse(File.ReadAllText(path), display, diagnostics);
    }

    public static SiteConfig Parse(string yaml, string file, DiagnosticBag diagnostics)
    {
        var config = new SiteConfig();
        var root = YamlText.Parse(yaml, file, 0, diagnostics, DiagnosticCodes.ConfigUnreadable);
        if (root is null)
        {
            return config;
        }

        var reader = new YamlReader(file, 0, diagnostics);
        if (root is not YamlMappingNode map)
        {
            reader.Error(root, DiagnosticCodes.ConfigUnreadable, "the configuration must be a set of 'key: value' lines");
            return config;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, keyNode, value) in reader.Pairs(map))
        {
            seen.Add(key);
            config = key switch
            {
                "title" => reader.Text(value, key) is { Length: > 0 } t ? config with { Title = t } : Missing(reader, value, key, config),
                "description" => config with { Description = reader.Text(value, key) ?? "" },
                "base_url" => ReadBaseUrl(reader, value, config),
                "language" => config with { Language = reader.Text(value, key) ?? config.Language },
                "output" => reader.Text(value, key) is { Length: > 0 } o ? config with { Output = o } : Missing(reader, value, key, config),
                "content" => reader.Text(value, key) is { Length: > 0 } c ? config with { Content = c } : Missing(reader, value, key, config),
                "theme" => ReadTheme(reader, value, config),
                "max_classification" => ReadClassification(reader, value, config),
                "review_interval_months" => config with { ReviewIntervalMonths = reader.Integer(value, key, 1, 120) ?? config.ReviewIntervalMonths },
                "recent_entries" => config with { RecentEntries = reader.Integer(value, key, 0, 100) ?? config.RecentEntries },
                "feed_entries" => config with { FeedEntries = reader.Integer(value, key, 1, 1000) ?? config.FeedEntries },
                "owner" => config with { Owner = reader.Text(value, key) ?? "" },
                "contact" => config with { Contact = reader.Text(value, key) ?? "" },
                _ => Unknown(reader, keyNode, key, config),
            };
        }

        foreach (var required in new[] { "title", "base_url" })
        {
            if (!seen.Contains(required))
            {
                diagnostics.Error(new SourceLocation(file, 1, 1), DiagnosticCodes.ConfigMissingKey,
                    $"'{required}' is required; add a line '{required}: ...'");
            }
        }

        return config;
    }

    private static SiteConfig Unknown(YamlReader reader, YamlNode keyNode, string key, SiteConfig config)
    {
        reader.Error(keyNode, DiagnosticCodes.ConfigUnknownKey, $"unknown setting '{key}'{Suggestions.Hint(key, Keys, 20)}");
        return config;
    }

    private static SiteConfig Missing(YamlReader reader, YamlNode node, string key, SiteConfig config)
    {
        reader.Error(node, DiagnosticCodes.ConfigBadValue, $"'{key}' must not be empty");
        return config;
    }

    private static SiteConfig ReadBaseUrl(YamlReader reader, YamlNode value, SiteConfig config)
    {
        var text = reader.Text(value, "base_url");
        if (text is not null && Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            return config with { BaseUrl = text.EndsWith('/') ? uri : new Uri(text + "/") };
        }

        reader.Error(value, DiagnosticCodes.ConfigBadValue, $"'base_url' must be an absolute http(s) URL such as https://manual.example/, not '{text}'");
        return config;
    }

    private static SiteConfig ReadTheme(YamlReader reader, YamlNode value, SiteConfig config)
    {
        var text = reader.Text(value, "theme");
        if (text is { Length: > 0 } && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return config with { Theme = text };
        }

        reader.Error(value, DiagnosticCodes.ConfigBadValue, $"'theme' must be the name of a folder under themes/ (letters, digits, '-', '_'), not '{text}'");
        return config;
    }

    private static SiteConfig ReadClassification(YamlReader reader, YamlNode value, SiteConfig config)
    {
        var text = reader.Text(value, "max_classification");
        if (ClassificationNames.TryParse(text, out var level))
        {
            return config with { MaxClassification = level };
        }

        reader.Error(value, DiagnosticCodes.ConfigBadValue,
            $"unknown classification '{text}'; use one of {string.Join(", ", ClassificationNames.All)}");
        return config;
    }
}
