namespace KnowledgeBase.Templates.Engine;

/// <summary>
/// HTML the build made itself (a rendered body, an included partial, a layout's output). Templates write it as it
/// is; every other value is escaped. Joining it to a plain string in a template makes an ordinary string again,
/// so the result is escaped: trust is never gained by accident.
/// </summary>
public sealed record TrustedHtml(string Value)
{
    public static TrustedHtml Empty { get; } = new("");

    public override string ToString() => Value;
}
