namespace KnowledgeBase.Content;

/// <summary>What a slug may be: lower-case ASCII letters and digits in words joined by single hyphens.</summary>
public static class Slugs
{
    public static bool IsValid(string slug) =>
        slug.Length is > 0 and <= 100
        && slug[0] != '-' && slug[^1] != '-'
        && !slug.Contains("--", StringComparison.Ordinal)
        && slug.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    /// <summary>Turns a name into a slug suggestion: "Operation Blunt" becomes "operation-blunt".</summary>
    public static string From(string text)
    {
        var chars = new List<char>(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                chars.Add(c);
            }
            else if (chars.Count > 0 && chars[^1] != '-')
            {
                chars.Add('-');
            }
        }

        return new string([.. chars]).Trim('-');
    }
}
