namespace KnowledgeBase.Markdown;

/// <summary>
/// Reads a link's path segments onto a folder's parts: "" and "." change nothing, ".." goes up one. The one rule
/// behind an editor's relative link to a content file and a built page's link to a site file.
/// </summary>
internal static class DotSegments
{
    /// <returns>False when ".." climbs above the first of <paramref name="parts"/>.</returns>
    public static bool Apply(List<string> parts, IEnumerable<string> segments)
    {
        foreach (var segment in segments)
        {
            switch (segment)
            {
                case "" or ".":
                    break;
                case "..":
                    if (parts.Count == 0)
                    {
                        return false;
                    }

                    parts.RemoveAt(parts.Count - 1);
                    break;
                default:
                    parts.Add(segment);
                    break;
            }
        }

        return true;
    }
}
