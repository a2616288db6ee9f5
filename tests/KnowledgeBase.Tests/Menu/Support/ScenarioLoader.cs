using KnowledgeBase.Menu;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace KnowledgeBase.Tests.Menu.Support;

/// <summary>Reads a scenarios file (the shared sample or the held-out set) into <see cref="Scenario"/>s.</summary>
internal static class ScenarioLoader
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .Build();

    public static IReadOnlyList<Scenario> Load(string path) =>
        [.. Yaml.Deserialize<List<ScenarioFile>>(File.ReadAllText(path)).Select(s => new Scenario(s.Id, s.Profile.ToProfile(), s.Relevant))];

    private sealed class ScenarioFile
    {
        public string Id { get; set; } = "";

        public ProfileFile Profile { get; set; } = new();

        public Dictionary<string, int> Relevant { get; set; } = [];
    }

    private sealed class ProfileFile
    {
        public List<string> Needs { get; set; } = [];

        public List<string> CrimeTypes { get; set; } = [];

        public List<string> GangTypes { get; set; } = [];

        public List<string> Focus { get; set; } = [];

        public List<string> Boroughs { get; set; } = [];

        public List<string> Communities { get; set; } = [];

        public List<string> Audiences { get; set; } = [];

        public string Text { get; set; } = "";

        public MenuProfile ToProfile() => new()
        {
            Needs = [.. Needs],
            CrimeTypes = [.. CrimeTypes],
            GangTypes = [.. GangTypes],
            Focus = [.. Focus],
            Boroughs = [.. Boroughs],
            Communities = [.. Communities],
            Audiences = [.. Audiences],
            Text = Text,
        };
    }
}
