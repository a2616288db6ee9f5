using System.Text.Json;
using KnowledgeBase.Search.Engine;
using KnowledgeBase.Search.Indexing;
using KnowledgeBase.Search.Querying;

namespace KnowledgeBase.Search.Static;

/// <summary>
/// The constants the server's query builder, typo corrector, prefix expander, engine and similarity use, read from
/// the C# code: tuning them there keeps the browser in step.
/// </summary>
internal static class StaticSettings
{
    public static void Write(Utf8JsonWriter json)
    {
        var similarity = new ManualSimilarity();
        json.WriteStartObject("settings");
        json.WriteNumber("k1", similarity.K1);
        json.WriteNumber("b", similarity.B);
        json.WriteNumber("conceptWeight", LuceneQueryBuilder.ConceptWeight);
        json.WriteNumber("correctionWeight", LuceneQueryBuilder.CorrectionWeight);
        json.WriteNumber("proximityWeight", LuceneQueryBuilder.ProximityWeight);
        json.WriteNumber("proximitySlop", LuceneQueryBuilder.ProximitySlop);
        Strings(json, "proximityFields", LuceneQueryBuilder.ProximityFields);
        json.WriteNumber("maxWords", LuceneQueryBuilder.MaxWords);
        json.WriteNumber("maxQueryLength", LuceneSearchEngine.MaxQueryLength);
        json.WriteNumber("maxLimit", LuceneSearchEngine.MaxLimit);
        json.WriteNumber("fallbackBelow", LuceneSearchEngine.FallbackBelow);
        json.WriteNumber("parentWindow", ParentBoost.Window);
        json.WriteNumber("parentShare", ParentBoost.Share);
        json.WriteNumber("typoMinLength", TypoCorrector.MinLength);
        json.WriteNumber("typoTwoEditsFrom", TypoCorrector.TwoEditsFrom);
        json.WriteNumber("typoMaxCorrections", TypoCorrector.MaxCorrections);
        json.WriteNumber("inflectionMaxForms", InflectionFinder.MaxForms);
        json.WriteNumber("typoPrefixLength", TypoCorrector.PrefixLength);
        json.WriteNumber("prefixMaxTerms", PrefixExpander.MaxTerms);
        Strings(json, "questionWords", LuceneQueryBuilder.QuestionWords.Order(StringComparer.Ordinal));
        json.WriteEndObject();
    }

    internal static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (string value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
