using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace KnowledgeBase.Search.Analysis;

/// <summary>
/// Adds an acronym's concept token ("#acr:ppo") beside a glossary acronym, matched in its written case: "CO" is
/// Central Operations, "co" in "co-ordinate" is not. Queries are often typed in lower case, so the query analyzer
/// also accepts acronyms of three letters or more in any case ("ppo", "mappa"). Runs before lower-casing.
/// </summary>
internal sealed class AcronymFilter : TokenFilter
{
    /// <summary>Shorter acronyms ("CO", "IT") match only in capitals, even in a query.</summary>
    public const int AnyCaseFrom = 3;

    private readonly ICharTermAttribute term;
    private readonly IPositionIncrementAttribute increment;
    private readonly IKeywordAttribute keyword;
    private readonly CharArrayDictionary<string> exact;
    private readonly CharArrayDictionary<string>? anyCase;
    private readonly bool capitalsOnly;
    private State? pending;
    private string? pendingConcept;

    /// <param name="exact">Acronyms as written, to their concept tokens.</param>
    /// <param name="anyCase">The same, compared ignoring case (query side), or null.</param>
    /// <param name="capitalsOnly">Every acronym has a capital letter: words without one are passed by unlooked-up.</param>
    public AcronymFilter(TokenStream input, CharArrayDictionary<string> exact, CharArrayDictionary<string>? anyCase, bool capitalsOnly)
        : base(input)
    {
        this.capitalsOnly = capitalsOnly && anyCase is null;
        term = AddAttribute<ICharTermAttribute>();
        increment = AddAttribute<IPositionIncrementAttribute>();
        keyword = AddAttribute<IKeywordAttribute>();
        this.exact = exact;
        this.anyCase = anyCase;
    }

    public override bool IncrementToken()
    {
        if (pendingConcept is not null)
        {
            RestoreState(pending);
            term.SetEmpty().Append(pendingConcept);
            increment.PositionIncrement = 0;
            keyword.IsKeyword = true;
            pendingConcept = null;
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        char[] buffer = term.Buffer;
        int length = term.Length;
        if (capitalsOnly && !buffer.AsSpan(0, length).ContainsAnyInRange('A', 'Z'))
        {
            return true;
        }

        // "PPOs" is the plural of "PPO": a lower-case s after the acronym is dropped to look it up.
        int stem = length > 2 && buffer[length - 1] == 's' && char.IsUpper(buffer[length - 2]) ? length - 1 : length;
        if (exact.TryGetValue(buffer, 0, length, out string? concept) || exact.TryGetValue(buffer, 0, stem, out concept)
            || (anyCase is not null && length >= AnyCaseFrom && anyCase.TryGetValue(buffer, 0, length, out concept)))
        {
            pending = CaptureState();
            pendingConcept = concept;
        }

        return true;
    }

    public override void Reset()
    {
        base.Reset();
        pending = null;
        pendingConcept = null;
    }
}
