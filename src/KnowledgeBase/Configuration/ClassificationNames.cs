namespace KnowledgeBase.Configuration;

/// <summary>The written forms of <see cref="Classification"/>, as editors and the command line give them.</summary>
public static class ClassificationNames
{
    private static readonly (string Name, Classification Level)[] Known =
    [
        ("OFFICIAL", Classification.Official),
        ("OFFICIAL-SENSITIVE", Classification.OfficialSensitive),
        ("SECRET", Classification.Secret),
        ("TOP-SECRET", Classification.TopSecret),
    ];

    public static IReadOnlyList<string> All { get; } = [.. Known.Select(k => k.Name)];

    public static bool TryParse(string? text, out Classification level)
    {
        var normal = text?.Trim().ToUpperInvariant().Replace(' ', '-').Replace('_', '-');
        foreach (var (name, value) in Known)
        {
            if (name == normal)
            {
                level = value;
                return true;
            }
        }

        level = Classification.Official;
        return false;
    }

    public static string Format(Classification level) => Known.First(k => k.Level == level).Name;
}
