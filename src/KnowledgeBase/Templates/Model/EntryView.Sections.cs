using KnowledgeBase.Markdown;

namespace KnowledgeBase.Templates.Model;

/// <summary>How an entry's page shows its connections and lists: each connected entry once, each list once.</summary>
public sealed partial class EntryView
{
    /// <summary>
    /// The connected entries the page lists as cards, a section per kind of connection, each entry in the first
    /// section that holds it: the options a programme uses, the boards reporting to a board and what it governs,
    /// related entries, then the entries referring to this one. An option's programmes and every lead are named
    /// under the title already, so they are not repeated among the entries referring to it.
    /// </summary>
    public IReadOnlyList<ConnectionGroupView> ConnectionGroups
    {
        get
        {
            var shown = new HashSet<string>(StringComparer.Ordinal) { Url };
            var groups = new List<ConnectionGroupView>();
            void Add(string title, string id, IEnumerable<EntryView> entries)
            {
                var fresh = entries.Where(e => shown.Add(e.Url)).ToList();
                if (fresh.Count > 0)
                {
                    groups.Add(new ConnectionGroupView(title, id, fresh));
                }
            }

            Add("Options it uses", "options", Options);
            Add("Reported to by", "reported-to-by", ReportedToBy);
            Add("Governs", "governs", Governs);
            Add("Related entries", "related", Related);
            var named = Programmes.Select(p => p.Url).Append(Lead?.Url).ToHashSet(StringComparer.Ordinal);
            Add("Referred to by", "referred-by", ReferredBy.Where(e => !named.Contains(e.Url)));
            return groups;
        }
    }

    /// <summary>
    /// The body's section on membership (a second-level heading naming members or membership, as a board's "Chair
    /// and membership"), or null. Where the body lists the members, the facts panel links there instead of
    /// listing them again.
    /// </summary>
    public TocItem? MembersSection => E.Members.IsEmpty
        ? null
        : Toc.FirstOrDefault(t => t.Level == 2 && t.Text.Contains("member", StringComparison.OrdinalIgnoreCase));
}
