namespace KnowledgeBase.Templates.Model;

/// <summary>One key of a borough map's legend: a shade (0 for none) and the counts it stands for, in words.</summary>
public sealed record BoroughShadeView(int Level, string Text);
