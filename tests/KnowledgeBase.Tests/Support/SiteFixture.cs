using System.Text;
using KnowledgeBase.Building;

namespace KnowledgeBase.Tests.Support;

/// <summary>
/// A whole site written from one string, Hugo-txtar style: "-- path --" lines start each file. Starts from a
/// small valid site (config, vocabularies, two entries) that a test overrides or extends file by file.
/// </summary>
public sealed class SiteFixture : IDisposable
{
    public static readonly DateOnly BuildDate = new(2026, 11, 22);

    public const string Config = """
        title: Test Manual
        base_url: https://manual.example/
        """;

    public const string Taxonomies = """
        needs:
          title: Needs
          singular: Need
          terms:
            - {slug: intelligence, name: Intelligence}
            - {slug: prevention, name: Prevention}
            - {slug: enforcement, name: Enforcement}
        crime_types:
          title: Crime types
          singular: Crime type
          terms:
            - {slug: knives, name: Knife-enabled crime, aliases: [knife crime]}
            - {slug: guns, name: Gun-enabled crime}
        gang_types:
          title: Gang types
          singular: Gang type
          terms:
            - {slug: street-gangs, name: Street gangs}
        focus:
          title: Focus
          singular: Focus
          terms:
            - {slug: offenders, name: Offenders}
        boroughs:
          title: Boroughs
          singular: Borough
          terms:
            - {slug: lambeth, name: Lambeth, aliases: [brixton]}
            - {slug: southwark, name: Southwark}
        communities:
          title: Communities
          singular: Community
          terms:
            - {slug: black-communities, name: Black communities}
        audiences:
          title: Audiences
          singular: Audience
          terms:
            - {slug: schools, name: Schools}
        sources:
          title: Sources
          singular: Source
          terms:
            - {slug: mps-response, name: MPS response}
        """;

    public const string Programme = """
        ---
        title: Operation Blunt
        summary: The corporate response to knife-enabled crime.
        needs: [prevention, enforcement]
        crime_types: [knives]
        boroughs: [lambeth, southwark]
        status: active
        sources: ["MPS response ¶26-28"]
        classification: OFFICIAL
        reviewed: 2026-11-01
        ---
        ## Aims

        Blunt works with the [knife education option](../options/anti-knife-education.md) in every BOCU.
        """;

    public const string Option = """
        ---
        title: Anti-knife education
        summary: Education and prevention programmes against knife crime.
        needs: [prevention]
        crime_types: [knives]
        used_by: [operation-blunt]
        sources: ["MPS response ¶26"]
        classification: OFFICIAL
        reviewed: 2026-11-01
        ---
        ## When to use it

        When young people carry knives. See [Operation Blunt](../programmes/operation-blunt.md).
        """;

    public const string Glossary = """
        - acronym: BOCU
          expansion: Borough Operational Command Unit
          definition: A borough's police command.
        """;

    private SiteFixture(string root) => Root = root;

    public string Root { get; }

    public static SiteFixture Create(string overrides = "")
    {
        var root = Path.Combine(Path.GetTempPath(), "kb-test-" + Guid.NewGuid().ToString("N"));
        var fixture = new SiteFixture(root);
        var files = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["site.config.yml"] = Config,
            ["content/taxonomies.yml"] = Taxonomies,
            ["content/glossary.yml"] = Glossary,
            ["content/programmes/operation-blunt.md"] = Programme,
            ["content/options/anti-knife-education.md"] = Option,
        };
        foreach (var (path, text) in Parse(overrides))
        {
            files[path] = text;
        }

        foreach (var (path, text) in files)
        {
            fixture.Write(path, text);
        }

        return fixture;
    }

    /// <summary>Files from "-- path --" sections; a section whose body is "(delete)" removes the file.</summary>
    public static IEnumerable<(string Path, string Text)> Parse(string txtar)
    {
        string? path = null;
        var body = new StringBuilder();
        foreach (var line in txtar.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (line.StartsWith("-- ", StringComparison.Ordinal) && line.EndsWith(" --", StringComparison.Ordinal) && line.Length > 6)
            {
                if (path is not null)
                {
                    yield return (path, body.ToString());
                }

                path = line[3..^3].Trim();
                body.Clear();
            }
            else if (path is not null)
            {
                body.Append(line).Append('\n');
            }
        }

        if (path is not null)
        {
            yield return (path, body.ToString());
        }
    }

    public void Write(string path, string text)
    {
        var full = Path.Combine(Root, path);
        if (text.Trim() == "(delete)")
        {
            File.Delete(full);
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    public BuildRequest Request => new(Root, BuildDate);

    public BuildResult Build(Func<BuildRequest, BuildRequest>? adjust = null) => new SiteBuilder().Build(adjust is null ? Request : adjust(Request));

    public BuildResult Check() => new SiteBuilder().Check(Request);

    public string Output(string path) => File.ReadAllText(Path.Combine(Root, "_site", path));

    public bool OutputExists(string path) => File.Exists(Path.Combine(Root, "_site", path));

    /// <summary>Every file of the built site as text, for "must not contain" assertions.</summary>
    public IEnumerable<(string Path, string Text)> AllOutput(string folder = "_site") =>
        Directory.EnumerateFiles(Path.Combine(Root, folder), "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetRelativePath(Root, f), Encoding.UTF8.GetString(File.ReadAllBytes(f))));

    public void Dispose()
    {
        // A server a test started may still be finishing a rebuild into the folder: what it writes meanwhile makes the
        // folder "not empty" at the end of one pass, so a few passes are tried before the folder is left behind.
        for (var attempt = 0; attempt < 5 && Directory.Exists(Root); attempt++)
        {
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
                Thread.Sleep(100);
            }
        }
    }
}
