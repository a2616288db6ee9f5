namespace KnowledgeBase.Templates.Model;

/// <summary>The acronyms starting with one letter; <c>id</c> is the letter's anchor (letter-b).</summary>
public sealed record GlossaryLetterView(string Letter, string Id, IReadOnlyList<GlossaryTermView> Terms);
