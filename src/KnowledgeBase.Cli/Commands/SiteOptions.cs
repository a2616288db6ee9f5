using System.CommandLine;
using KnowledgeBase.Building;
using KnowledgeBase.Configuration;

namespace KnowledgeBase.Cli.Commands;

/// <summary>Options every command that reads the site shares: where its config is, drafts, classification.</summary>
public sealed class SiteOptions
{
    public Option<string?> Config { get; } = new("--config", "-c") { Description = "Path to site.config.yml (default: ./site.config.yml). The site root is its folder." };

    public Option<bool> Drafts { get; } = new("--drafts") { Description = "Include entries marked 'draft: true'." };

    public Option<string?> MaxClassification { get; } = new("--max-classification")
    {
        Description = $"Highest classification to publish, overriding the config ({string.Join(", ", ClassificationNames.All)}).",
    };

    public void AddTo(Command command)
    {
        command.Add(Config);
        command.Add(Drafts);
        command.Add(MaxClassification);
    }

    public BuildRequest Request(ParseResult parse)
    {
        var configPath = parse.GetValue(Config);
        string root;
        if (configPath is not null)
        {
            configPath = Path.GetFullPath(configPath);
            if (!File.Exists(configPath))
            {
                throw new UsageException($"the config file '{configPath}' does not exist");
            }

            root = Path.GetDirectoryName(configPath)!;
        }
        else
        {
            root = Directory.GetCurrentDirectory();
            if (!File.Exists(Path.Combine(root, SiteConfig.FileName)))
            {
                throw new UsageException($"no {SiteConfig.FileName} in {root}; run kb in the site's root folder or pass --config PATH");
            }
        }

        Classification? level = null;
        if (parse.GetValue(MaxClassification) is { } text)
        {
            if (!ClassificationNames.TryParse(text, out var parsed))
            {
                throw new UsageException($"unknown classification '{text}' for --max-classification; use one of {string.Join(", ", ClassificationNames.All)}");
            }

            level = parsed;
        }

        return new BuildRequest(root, BuildClock.Today())
        {
            ConfigPath = configPath,
            IncludeDrafts = parse.GetValue(Drafts),
            MaxClassification = level,
        };
    }
}
