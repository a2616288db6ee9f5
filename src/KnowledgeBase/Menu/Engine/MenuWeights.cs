namespace KnowledgeBase.Menu;

/// <summary>
/// The ranking's knobs, in one place so the C# and browser engines (which reads them from menu-data.json)
/// cannot drift. An option's score is
/// <c>needFactor × (topic + gate × (locality + status + evidence))</c>, where topic is the facets and the text and
/// the gate, <c>min(1, topic / TopicForFullOrder)</c>, lets locality and status order options that are on topic
/// without ever lifting one that is not (an option off topic keeps <see cref="OffTopicShare"/>). Every term is a reason.
/// </summary>
public sealed record MenuWeights
{
    public static readonly MenuWeights Default = new();

    public double CrimeTypes { get; init; } = 1.4;

    public double GangTypes { get; init; } = 0.7;

    public double Focus { get; init; } = 0.5;

    public double Communities { get; init; } = 0.8;

    public double Audiences { get; init; } = 0.8;

    /// <summary>Floor of a term's IDF weight: even the commonest term says something when it matches.</summary>
    public double IdfFloor { get; init; } = 0.4;

    /// <summary>
    /// Length normalisation (as BM25's b): a match on an option with few terms in the facet counts more,
    /// because a narrow option is aimed at the problem rather than touching it.
    /// </summary>
    public double Breadth { get; init; } = 0.15;

    /// <summary>An option for all communities partly answers a request for one community.</summary>
    public double AllCommunitiesShare { get; init; } = 0.5;

    /// <summary>Terms found in the free text ("stabbing", "bars") count for this share of a chosen term.</summary>
    public double ImpliedShare { get; init; } = 0.5;

    public double Locality { get; init; } = 0.6;

    /// <summary>An option tied to no borough is open to any borough, but says less than one running there.</summary>
    public double LondonWideShare { get; init; } = 0.5;

    /// <summary>
    /// A facet, or the boroughs an option runs in (its own or through its programmes), that the editors inferred
    /// rather than a source states counts for this share: modest, so a stated match still outranks an inferred one.
    /// </summary>
    public double InferredShare { get; init; } = 0.6;

    public double Text { get; init; } = 1.5;

    /// <summary>The factor on an option that serves none of the requested needs: it ranks lower but may still appear.</summary>
    public double NeedMiss { get; init; } = 0.1;

    /// <summary>The topic score (about one well-aimed crime-type match) from which locality and status count in full.</summary>
    public double TopicForFullOrder { get; init; } = 1.0;

    /// <summary>
    /// The share of locality and status an option matching nothing of a topical profile keeps: enough to order such
    /// options among themselves, too little to pass any option on topic.
    /// </summary>
    public double OffTopicShare { get; init; } = 0.01;

    public double StatusActive { get; init; } = 0.3;

    public double StatusPilot { get; init; } = 0.25;

    public double StatusUnknown { get; init; } = 0.2;

    public double StatusPlanned { get; init; } = 0.15;

    public double StatusEnded { get; init; } = 0.05;

    public double EvidenceEvaluated { get; init; } = 0.2;

    public double EvidenceReported { get; init; } = 0.1;

    public double EvidenceInDevelopment { get; init; } = 0.05;

    /// <summary>The share of locality, status and evidence an option earns for its topic score.</summary>
    public double OrderGate(double topic, bool topical) =>
        !topical ? 1.0 : topic > 0 ? Math.Min(1.0, topic / TopicForFullOrder) : OffTopicShare;

    public double WeightOf(string facet) => facet switch
    {
        MenuFacets.CrimeTypes => CrimeTypes,
        MenuFacets.GangTypes => GangTypes,
        MenuFacets.Focus => Focus,
        MenuFacets.Communities => Communities,
        MenuFacets.Audiences => Audiences,
        _ => 0,
    };

    public double StatusBonus(MenuStatus status) => status switch
    {
        MenuStatus.Active => StatusActive,
        MenuStatus.Pilot => StatusPilot,
        MenuStatus.Planned => StatusPlanned,
        MenuStatus.Ended => StatusEnded,
        _ => StatusUnknown,
    };

    public double EvidenceBonus(MenuEvidence evidence) => evidence switch
    {
        MenuEvidence.Evaluated => EvidenceEvaluated,
        MenuEvidence.ReportedSuccess => EvidenceReported,
        MenuEvidence.InDevelopment => EvidenceInDevelopment,
        _ => 0,
    };
}
