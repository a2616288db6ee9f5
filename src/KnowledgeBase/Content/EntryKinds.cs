namespace KnowledgeBase.Content;

/// <summary>The conventions tying a kind to its folder, its URL and its names.</summary>
public static class EntryKinds
{
    /// <summary>The kinds that are entries of the manual, in the order the site lists them.</summary>
    public static IReadOnlyList<EntryKind> Listed { get; } = [EntryKind.Programme, EntryKind.Board, EntryKind.Option];

    public static string Folder(EntryKind kind) => kind switch
    {
        EntryKind.Programme => "programmes",
        EntryKind.Board => "boards",
        EntryKind.Option => "options",
        _ => "pages",
    };

    public static EntryKind? FromFolder(string folder) => folder switch
    {
        "programmes" => EntryKind.Programme,
        "boards" => EntryKind.Board,
        "options" => EntryKind.Option,
        "pages" => EntryKind.Page,
        _ => null,
    };

    /// <summary>The lower-case identifier used in URLs' query strings, JSON and filters: programme, board, option, page.</summary>
    public static string Id(EntryKind kind) => kind.ToString().ToLowerInvariant();

    public static string Singular(EntryKind kind) => kind switch
    {
        EntryKind.Programme => "Programme",
        EntryKind.Board => "Board",
        EntryKind.Option => "Option",
        _ => "Page",
    };

    public static string Plural(EntryKind kind) => kind switch
    {
        EntryKind.Programme => "Programmes",
        EntryKind.Board => "Boards",
        EntryKind.Option => "Options",
        _ => "Pages",
    };

    public static string Describe(EntryKind kind) => kind switch
    {
        EntryKind.Programme => "Programmes, operations, units and strategies in London's response to guns, gangs and knives.",
        EntryKind.Board => "The boards, groups and partnerships that govern the response, and how they report to each other.",
        EntryKind.Option => "Intelligence, prevention and enforcement responses a BOCU commander can choose.",
        _ => "",
    };
}
