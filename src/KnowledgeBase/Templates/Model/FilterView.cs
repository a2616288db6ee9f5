namespace KnowledgeBase.Templates.Model;

/// <summary>A select box of the search or menu form: its query parameter, label and choices.</summary>
public sealed record FilterView(string Key, string Label, IReadOnlyList<FilterChoiceView> Choices);
