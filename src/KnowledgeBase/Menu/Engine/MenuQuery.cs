using System.Collections.Frozen;
using System.Collections.Immutable;

namespace KnowledgeBase.Menu;

/// <summary>A normalised profile ready to score: explicit terms, terms implied by the text, and text relevance.</summary>
internal sealed record MenuQuery
{
    public required MenuProfile Profile { get; init; }

    /// <summary>The needs the menu is grouped by: those asked for, else those the text names, else none.</summary>
    public required ImmutableArray<string> Needs { get; init; }

    /// <summary>True when <see cref="Needs"/> came from the text rather than the commander's choice.</summary>
    public required bool NeedsImplied { get; init; }

    /// <summary>Facet -> terms the free text names that the commander did not choose in that facet.</summary>
    public required FrozenDictionary<string, ImmutableArray<string>> Implied { get; init; }

    /// <summary>The boroughs that decide locality: those asked for, else those the text names.</summary>
    public required ImmutableArray<string> Boroughs { get; init; }

    public required bool BoroughsImplied { get; init; }

    /// <summary>
    /// Focus terms that are also audiences (offenders, victims): an option working directly with the people the
    /// commander focuses on is aimed at them more squarely than one that only lists the focus.
    /// </summary>
    public required ImmutableArray<string> FocusAudiences { get; init; }

    /// <summary>
    /// The crime types the chosen gang types commit (taxonomies.yml's <c>crime_type</c>), when the profile names no
    /// crime type of its own: a problem with peer groups is one of group offending, so an option against group
    /// offending answers it more squarely than one against knife crime that also fits peer groups.
    /// </summary>
    public required ImmutableArray<string> GangCrimeTypes { get; init; }

    /// <summary>The bits of <see cref="Needs"/>.</summary>
    public required ulong NeedMask { get; init; }

    /// <summary>Text relevance by option index, clamped to 0..1; null when there is no text relevance.</summary>
    public required double[]? Text { get; init; }

    /// <summary>The text's meaningful words with their stems, in order, once each, to name what matched.</summary>
    public required ImmutableArray<(string Word, string Stem)> TextWords { get; init; }

    /// <summary>
    /// True when the profile says what the problem is (a facet term chosen or named in the text, or any text):
    /// then topic decides relevance and locality and status only order what is on topic.
    /// </summary>
    public required bool Topical { get; init; }

    /// <summary>The words of the text that named each implied term, by <see cref="TextFacetDetector.WordsKey"/>, so reasons can quote them.</summary>
    public required IReadOnlyDictionary<string, string> ImpliedWords { get; init; }

    public ImmutableArray<string> ImpliedOf(string facet) =>
        Implied.TryGetValue(facet, out var terms) ? terms : [];
}
