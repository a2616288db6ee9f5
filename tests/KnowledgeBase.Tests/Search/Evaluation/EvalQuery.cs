using KnowledgeBase.Search;
namespace KnowledgeBase.Tests.Search.Evaluation;

/// <summary>An officer's query and the graded entries a good answer ranks first (3 = the answer).</summary>
public sealed record EvalQuery(string Query, IReadOnlyDictionary<string, int> Relevant);
