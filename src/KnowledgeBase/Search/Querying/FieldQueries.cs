using KnowledgeBase.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowledgeBase.Search.Querying;

/// <summary>A term or a phrase sought in every ranked field, each with its weight; the fields' scores add up.</summary>
internal static class FieldQueries
{
    public static Query Term(string term, float boost)
    {
        var any = new BooleanQuery(disableCoord: true);
        for (int f = 0; f < IndexFields.Text.Length; f++)
        {
            any.Add(new TermQuery(new Term(IndexFields.Text[f], term)) { Boost = IndexFields.Weights[f] * boost }, Occur.SHOULD);
        }

        return any;
    }

    /// <summary>Terms at their positions (gaps kept), within <paramref name="slop"/> moves.</summary>
    public static Query Phrase(IReadOnlyList<(string Term, int Position)> terms, int slop, float boost, string[]? fields = null)
    {
        if (terms.Count == 1)
        {
            return Term(terms[0].Term, boost);
        }

        var any = new BooleanQuery(disableCoord: true);
        foreach (string field in fields ?? IndexFields.Text)
        {
            var phrase = new PhraseQuery { Slop = slop, Boost = IndexFields.WeightOf(field) * boost };
            foreach (var (term, position) in terms)
            {
                phrase.Add(new Term(field, term), position - terms[0].Position);
            }

            any.Add(phrase, Occur.SHOULD);
        }

        return any;
    }

    public static Query AnyOf(IReadOnlyList<Query> options)
    {
        if (options.Count == 1)
        {
            return options[0];
        }

        var any = new BooleanQuery(disableCoord: true);
        foreach (var option in options)
        {
            any.Add(option, Occur.SHOULD);
        }

        return any;
    }
}
