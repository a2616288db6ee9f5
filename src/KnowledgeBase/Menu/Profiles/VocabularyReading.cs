using System.Collections.Immutable;

namespace KnowledgeBase.Menu;

/// <summary>How one typed value was read: the term it means, or the terms it could mean when it is ambiguous.</summary>
/// <param name="Slug">The term, or null when the value is unknown or ambiguous.</param>
/// <param name="Candidates">The terms an ambiguous value could mean, in vocabulary order; empty otherwise.</param>
/// <param name="Loose">True when the value was read from a partial or near spelling, or an alias: the answer says so.</param>
internal sealed record VocabularyReading(string? Slug, ImmutableArray<string> Candidates, bool Loose)
{
    /// <summary>Every term a value names together ("Lambeth and Southwark"), in vocabulary order; empty when it names one.</summary>
    public ImmutableArray<string> Together { get; init; } = [];

    public static readonly VocabularyReading Unknown = new(null, [], false);
}
