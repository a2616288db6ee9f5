namespace KnowledgeBase.Templates.Models;

/// <summary>The model of <c>layouts/entry.hbs</c>: everything an entry page shows.</summary>
public sealed record EntryPageModel(
    string Title,
    string Summary,
    string Kind,
    string KindId,
    string KindUrl,
    string Marking,
    bool Stale,
    string? ReviewDue,
    IReadOnlyList<FactModel> Facts,
    EvidenceModel? Evidence,
    IReadOnlyList<string> Sources,
    string BodyHtml,
    IReadOnlyList<TocModel> Toc,
    IReadOnlyList<GroupModel> Connections);
