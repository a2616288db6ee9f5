using System.Globalization;
using KnowledgeBase.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace KnowledgeBase.Yaml;

/// <summary>
/// Reads typed values out of YAML nodes, reporting each wrong type at the node's own line and column.
/// </summary>
public sealed class YamlReader(string file, int lineOffset, DiagnosticBag diagnostics)
{
    public string File { get; } = file;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public SourceLocation At(YamlNode node) =>
        new(File, (int)node.Start.Line + lineOffset, (int)node.Start.Column);

    public void Error(YamlNode node, string code, string message) => Diagnostics.Error(At(node), code, message);

    public void Warning(YamlNode node, string code, string message) => Diagnostics.Warning(At(node), code, message);

    /// <summary>The mapping's pairs with string keys, in file order.</summary>
    public IEnumerable<(string Key, YamlScalarNode KeyNode, YamlNode Value)> Pairs(YamlMappingNode map)
    {
        foreach (var (key, value) in map.Children)
        {
            if (key is YamlScalarNode scalar && scalar.Value is { } name)
            {
                yield return (name, scalar, value);
            }
            else
            {
                Error(key, DiagnosticCodes.WrongFieldType, "a field name must be plain text");
            }
        }
    }

    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Value: null or "" or "~" or "null" } s && s.Style == YamlDotNet.Core.ScalarStyle.Plain;

    /// <summary>A scalar as text; reports a list or mapping given where text was expected.</summary>
    public string? Text(YamlNode node, string field)
    {
        if (node is YamlScalarNode scalar)
        {
            return IsNull(scalar) ? null : scalar.Value?.Trim();
        }

        Error(node, DiagnosticCodes.WrongFieldType, $"'{field}' must be a single value, not a {Describe(node)}; write it on one line after '{field}:'");
        return null;
    }

    /// <summary>A list of scalars. A single scalar is read as a one-item list, as editors often write one value.</summary>
    public IReadOnlyList<(string Value, YamlNode Node)> List(YamlNode node, string field)
    {
        switch (node)
        {
            case YamlScalarNode scalar when IsNull(scalar):
                return [];
            case YamlScalarNode scalar:
                return [(scalar.Value!.Trim(), scalar)];
            case YamlSequenceNode sequence:
                var items = new List<(string, YamlNode)>(sequence.Children.Count);
                foreach (var child in sequence.Children)
                {
                    if (child is YamlScalarNode item && !IsNull(item))
                    {
                        items.Add((item.Value!.Trim(), item));
                    }
                    else if (child is not YamlScalarNode)
                    {
                        Error(child, DiagnosticCodes.WrongFieldType, $"each item of '{field}' must be a single value, not a {Describe(child)}");
                    }
                }

                return items;
            default:
                Error(node, DiagnosticCodes.WrongFieldType, $"'{field}' must be a list such as [a, b], not a {Describe(node)}");
                return [];
        }
    }

    public int? Integer(YamlNode node, string field, int min, int max)
    {
        var text = Text(node, field);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        Error(node, DiagnosticCodes.InvalidValue, $"'{field}' must be a whole number from {min} to {max}, not '{text}'");
        return null;
    }

    public bool? Boolean(YamlNode node, string field)
    {
        var text = Text(node, field);
        switch (text?.ToLowerInvariant())
        {
            case null:
                return null;
            case "true" or "yes":
                return true;
            case "false" or "no":
                return false;
            default:
                Error(node, DiagnosticCodes.InvalidValue, $"'{field}' must be true or false, not '{text}'");
                return null;
        }
    }

    public DateOnly? Date(YamlNode node, string field)
    {
        var text = Text(node, field);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Error(node, DiagnosticCodes.InvalidValue, $"'{field}' must be a date written YYYY-MM-DD, not '{text}'");
        return null;
    }

    public static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "list",
        YamlMappingNode => "set of fields",
        _ => "value",
    };
}
