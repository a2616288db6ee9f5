namespace KnowledgeBase.Content;

/// <summary>A file split into its YAML front matter and Markdown body, with the line each starts on.</summary>
public sealed record FrontMatter(string Yaml, int YamlLineOffset, string Body, int BodyLine)
{
    /// <summary>
    /// Splits "---\nyaml\n---\nbody". Returns null when the file does not open with a front matter block
    /// or does not close it.
    /// </summary>
    public static FrontMatter? Split(string text)
    {
        var normalised = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (normalised.StartsWith('\uFEFF'))
        {
            normalised = normalised[1..];
        }

        if (!normalised.StartsWith("---\n", StringComparison.Ordinal))
        {
            return null;
        }

        var lines = normalised.Split('\n');
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd() is "---" or "...")
            {
                var yaml = string.Join('\n', lines[1..i]);
                var body = string.Join('\n', lines[(i + 1)..]);
                return new FrontMatter(yaml, 1, body, i + 2);
            }
        }

        return null;
    }
}
