using System.Collections.Immutable;
using KnowledgeBase.Configuration;
using KnowledgeBase.Content.Data;
using KnowledgeBase.Diagnostics;
using KnowledgeBase.Yaml;
using YamlDotNet.RepresentationModel;

namespace KnowledgeBase.Content;

/// <summary>
/// Turns one Markdown file into an <see cref="Entry"/>, checking every field against the content model and
/// the controlled vocabularies. Problems become diagnostics at the field's line and column; the entry is
/// still returned so that cross-entry checks can go on and report everything in one run.
/// </summary>
public sealed partial class EntryReader(TaxonomySet taxonomies)
{
    private const int LongSummary = 300;

    public Entry? Read(SourceFile file, string slug, EntryKind kind, DiagnosticBag diagnostics)
    {
        var split = FrontMatter.Split(file.Text);
        if (split is null)
        {
            diagnostics.Error(new SourceLocation(file.RelativePath, 1, 1), DiagnosticCodes.FrontMatterMissing,
                "the file must start with front matter between two '---' lines; add '---', 'title: ...', '---' at the top");
            return null;
        }

        if (split.Yaml.Split('\n').All(line => line.TrimStart() is "" || line.TrimStart().StartsWith('#')))
        {
            diagnostics.Error(new SourceLocation(file.RelativePath, 1, 1), DiagnosticCodes.EmptyFrontMatter,
                "the front matter has no fields, so the entry would not be published; add 'title: ...' and the other required fields between the '---' lines");
            return null;
        }

        var root = YamlText.Parse(split.Yaml, file.RelativePath, split.YamlLineOffset, diagnostics, DiagnosticCodes.FrontMatterSyntax);
        var reader = new YamlReader(file.RelativePath, split.YamlLineOffset, diagnostics);
        if (root is not YamlMappingNode map)
        {
            if (root is not null)
            {
                reader.Error(root, DiagnosticCodes.FrontMatterSyntax, "front matter must be 'field: value' lines");
            }

            return null;
        }

        var state = new State(reader, kind);
        foreach (var (field, keyNode, value) in reader.Pairs(map))
        {
            state.Locations[field] = reader.At(keyNode);
            ReadField(state, field, keyNode, value);
        }

        foreach (var required in EntryFields.Required(kind).Where(f => !state.Locations.ContainsKey(f)))
        {
            diagnostics.Error(new SourceLocation(file.RelativePath, 2, 1), DiagnosticCodes.MissingField,
                $"the required field '{required}' is missing; add '{required}: ...' to the front matter");
        }

        // Only when no need was written at all: a misspelt need already has its own diagnostic.
        if (kind == EntryKind.Option && state.Terms.GetValueOrDefault("needs", []).IsEmpty && !state.Locations.ContainsKey("needs[0]"))
        {
            diagnostics.Error(state.Locations.GetValueOrDefault("needs", new SourceLocation(file.RelativePath, 2, 1)), DiagnosticCodes.MissingField,
                "an option must serve at least one need; add 'needs: [intelligence]', [prevention] or [enforcement]");
        }

        var entry = state.Entry with
        {
            Slug = slug,
            Kind = kind,
            SourcePath = file.RelativePath,
            Title = state.Entry.Title,
            Terms = TaxonomySet.FacetKeys.ToImmutableDictionary(k => k, k => state.Terms.GetValueOrDefault(k, []), StringComparer.Ordinal),
            Body = split.Body,
            FrontMatter = split.Yaml,
            BodyLine = split.BodyLine,
            Locations = state.Locations.ToImmutableDictionary(StringComparer.Ordinal),
        };

        CheckInference(entry, diagnostics);
        CheckScope(entry, diagnostics);

        if (entry is { Reviewed: { } reviewed, ReviewBy: { } reviewBy } && reviewBy < reviewed)
        {
            diagnostics.Error(entry.LocationOf("review_by"), DiagnosticCodes.ReviewBeforeReviewed,
                $"'review_by' ({reviewBy:yyyy-MM-dd}) is before 'reviewed' ({reviewed:yyyy-MM-dd}); set a later review date");
        }

        return entry;
    }

    private void ReadField(State s, string field, YamlScalarNode keyNode, YamlNode value)
    {
        var r = s.Reader;
        if (EntryFields.OnlyFor(field) is { } only && only != s.Kind)
        {
            r.Error(keyNode, DiagnosticCodes.UnknownField,
                $"'{field}' applies only to {EntryKinds.Folder(only)}; remove it, or move the file to content/{EntryKinds.Folder(only)}/");
            return;
        }

        if (taxonomies.Facets.FirstOrDefault(t => t.Key == field) is { } taxonomy)
        {
            s.Terms[field] = ReadTerms(s, taxonomy, value);
            return;
        }

        var e = s.Entry;
        s.Entry = field switch
        {
            "title" => e with { Title = RequiredText(s, value, field) ?? e.Title },
            "summary" => e with { Summary = ReadSummary(s, value) },
            "wards" => e with { Wards = Strings(s, value, field) },
            "lead" => e with { Lead = SlugValue(s, value, field) },
            "lead_contact" => e with { LeadContact = r.Text(value, field) },
            "partners" => e with { Partners = Strings(s, value, field) },
            "governed_by" => e with { GovernedBy = SlugList(s, value, field) },
            "reports_to" => e with { ReportsTo = SlugList(s, value, field) },
            "chair" => e with { Chair = r.Text(value, field) },
            "deputy_chair" => e with { DeputyChair = r.Text(value, field) },
            "members" => e with { Members = Strings(s, value, field) },
            "used_by" => e with { UsedBy = SlugList(s, value, field) },
            "related" => e with { Related = SlugList(s, value, field) },
            "keywords" => e with { Keywords = Strings(s, value, field) },
            "status" => e with { Status = ReadEnum(s, value, field, Enums.Statuses) },
            "started" => e with { Started = ReadPartialDate(s, value, field) },
            "ended" => e with { Ended = ReadPartialDate(s, value, field) },
            "sources" => e with { Sources = ReadSources(s, value) },
            "scope" => e with { Scope = ReadEnum(s, value, field, Enums.Scopes) },
            "inferred" => e with { Inferred = ReadInferred(s, value) },
            "inferred_reason" => e with { InferredReason = r.Text(value, field) },
            "evidence" => e with { Evidence = ReadEvidence(s, value) },
            "classification" => e with { Classification = ReadClassification(s, value) },
            "reviewed" => e with { Reviewed = r.Date(value, field) },
            "review_by" => e with { ReviewBy = r.Date(value, field) },
            "draft" => e with { Draft = r.Boolean(value, field) ?? false },
            _ => Unknown(s, keyNode, field),
        };
    }

    private static Entry Unknown(State s, YamlScalarNode keyNode, string field)
    {
        s.Locations.Remove(field);
        s.Reader.Error(keyNode, DiagnosticCodes.UnknownField, $"unknown field '{field}'{Suggestions.Hint(field, EntryFields.All, 40)}");
        return s.Entry;
    }

    private static string? RequiredText(State s, YamlNode value, string field)
    {
        var text = s.Reader.Text(value, field);
        if (string.IsNullOrWhiteSpace(text))
        {
            s.Reader.Error(value, DiagnosticCodes.MissingField, $"'{field}' must not be empty");
            return null;
        }

        return text;
    }

    private static string ReadSummary(State s, YamlNode value)
    {
        var summary = RequiredText(s, value, "summary") ?? "";
        if (summary.Length > LongSummary)
        {
            s.Reader.Warning(value, DiagnosticCodes.LongSummary,
                $"the summary is {summary.Length} characters; keep it to one sentence under {LongSummary} and move detail into the body");
        }

        return summary;
    }

    private static ImmutableArray<string> Strings(State s, YamlNode value, string field)
    {
        var items = s.Reader.List(value, field);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<string>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var (item, node) = items[i];
            if (!seen.Add(item))
            {
                s.Reader.Warning(node, DiagnosticCodes.DuplicateValue, $"'{item}' is listed twice in '{field}'; remove one");
                continue;
            }

            s.Locations[$"{field}[{result.Count}]"] = s.Reader.At(node);
            result.Add(item);
        }

        return result.ToImmutable();
    }

    private static ImmutableArray<string> SlugList(State s, YamlNode value, string field)
    {
        var values = Strings(s, value, field);
        return [.. values.Where((slug, i) => CheckSlug(s, slug, $"{field}[{i}]", field))];
    }

    private static string? SlugValue(State s, YamlNode value, string field)
    {
        var slug = s.Reader.Text(value, field);
        return slug is not null && CheckSlug(s, slug, field, field) ? slug : null;
    }

    private static bool CheckSlug(State s, string slug, string locationKey, string field)
    {
        if (Slugs.IsValid(slug))
        {
            return true;
        }

        s.Reader.Diagnostics.Error(s.Locations.GetValueOrDefault(locationKey), DiagnosticCodes.InvalidSlug,
            $"'{slug}' in '{field}' is not an entry slug; use the file name without .md, e.g. '{Slugs.From(slug)}'");
        return false;
    }

    private static ImmutableArray<string> ReadTerms(State s, Taxonomy taxonomy, YamlNode value)
    {
        var values = Strings(s, value, taxonomy.Key);
        var kept = ImmutableArray.CreateBuilder<string>(values.Length);
        for (var i = 0; i < values.Length; i++)
        {
            var term = values[i];
            if (taxonomy.Find(term) is not null)
            {
                kept.Add(term);
                continue;
            }

            var at = s.Locations.GetValueOrDefault($"{taxonomy.Key}[{i}]");
            s.Reader.Diagnostics.Error(at, DiagnosticCodes.UnknownTerm,
                $"unknown {taxonomy.Singular.ToLowerInvariant()} '{term}'{TermHint(taxonomy, term)}");
        }

        return kept.ToImmutable();
    }

    /// <summary>Suggests by spelling first, then by a term's display name or alias ("Lambeth" or "Brixton" for lambeth).</summary>
    private static string TermHint(Taxonomy taxonomy, string value)
    {
        var byName = taxonomy.Terms.FirstOrDefault(t =>
            string.Equals(t.Name, value, StringComparison.OrdinalIgnoreCase)
            || t.Aliases.Any(a => string.Equals(a, value, StringComparison.OrdinalIgnoreCase)));
        if (byName is not null)
        {
            return $"; did you mean '{byName.Slug}'?";
        }

        return Suggestions.Closest(value, taxonomy.Slugs) is { } closest
            ? $"; did you mean '{closest}'?"
            : Suggestions.Hint(value, taxonomy.Slugs) + $" (all terms are in content/{TaxonomyLoader.FileName} under '{taxonomy.Key}')";
    }

    private static T? ReadEnum<T>(State s, YamlNode value, string field, IReadOnlyDictionary<string, T> allowed)
        where T : struct
    {
        var text = s.Reader.Text(value, field);
        if (text is null)
        {
            return null;
        }

        if (allowed.TryGetValue(text, out var parsed))
        {
            return parsed;
        }

        s.Reader.Error(value, DiagnosticCodes.InvalidValue, $"unknown {field.Replace('_', ' ')} '{text}'{Suggestions.Hint(text, [.. allowed.Keys])}");
        return null;
    }

    private static PartialDate? ReadPartialDate(State s, YamlNode value, string field)
    {
        var text = s.Reader.Text(value, field);
        if (text is null)
        {
            return null;
        }

        if (PartialDate.TryParse(text, out var date))
        {
            return date;
        }

        s.Reader.Error(value, DiagnosticCodes.InvalidValue, $"'{field}' must be a date written YYYY, YYYY-MM or YYYY-MM-DD, not '{text}'");
        return null;
    }

    private ImmutableArray<string> ReadSources(State s, YamlNode value)
    {
        var citations = Strings(s, value, "sources");
        if (citations.IsEmpty)
        {
            s.Reader.Error(value, DiagnosticCodes.MissingField, $"cite at least one source, e.g. {SourceCitations.Example(taxonomies.Sources)}");
        }

        for (var i = 0; i < citations.Length; i++)
        {
            if (SourceCitations.DocumentOf(citations[i], taxonomies.Sources) is null)
            {
                s.Reader.Diagnostics.Error(s.Locations.GetValueOrDefault($"sources[{i}]"), DiagnosticCodes.BadSource,
                    $"cannot tell which document '{citations[i]}' cites; write {SourceCitations.Example(taxonomies.Sources)} (the documents are listed in content/{TaxonomyLoader.FileName} under 'sources')");
            }
        }

        return citations;
    }

    private static Evidence? ReadEvidence(State s, YamlNode value)
    {
        if (value is not YamlMappingNode map)
        {
            s.Reader.Error(value, DiagnosticCodes.WrongFieldType, "'evidence' must have 'level:' and 'note:' on indented lines below it");
            return null;
        }

        EvidenceLevel? level = null;
        var note = "";
        foreach (var (field, keyNode, item) in s.Reader.Pairs(map))
        {
            switch (field)
            {
                case "level": level = ReadEnum(s, item, "evidence level", Enums.EvidenceLevels); break;
                case "note": note = s.Reader.Text(item, "note") ?? ""; break;
                default:
                    s.Reader.Error(keyNode, DiagnosticCodes.UnknownField, $"unknown field '{field}' in 'evidence'{Suggestions.Hint(field, ["level", "note"])}");
                    break;
            }
        }

        if (level is null)
        {
            s.Reader.Error(value, DiagnosticCodes.MissingField, $"'evidence' needs a 'level:' ({string.Join(", ", Enums.EvidenceLevels.Keys)})");
            return null;
        }

        return new Evidence(level.Value, note);
    }

    private static Classification ReadClassification(State s, YamlNode value)
    {
        var text = s.Reader.Text(value, "classification");
        if (ClassificationNames.TryParse(text, out var level))
        {
            return level;
        }

        // An unreadable marking must never fall to the lowest level: treat it as the highest until fixed.
        s.Reader.Error(value, DiagnosticCodes.InvalidValue, $"unknown classification '{text}'; use one of {string.Join(", ", ClassificationNames.All)}");
        return Classification.TopSecret;
    }

    private sealed class State(YamlReader reader, EntryKind kind)
    {
        public YamlReader Reader { get; } = reader;

        public EntryKind Kind { get; } = kind;

        public Entry Entry { get; set; } = new() { Slug = "", Kind = kind, SourcePath = reader.File, Title = "" };

        public Dictionary<string, ImmutableArray<string>> Terms { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, SourceLocation> Locations { get; } = new(StringComparer.Ordinal);
    }
}
