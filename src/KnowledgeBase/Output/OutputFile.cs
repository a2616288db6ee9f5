using System.Collections.Immutable;
using System.Text;

namespace KnowledgeBase.Output;

/// <summary>One file of the built site: its path below the output folder (forward slashes) and its bytes.</summary>
public sealed record OutputFile(string Path, byte[] Bytes)
{
    /// <summary>
    /// For a page, the theme files it was laid out with (theme paths such as <c>layouts/entry.sbnhtml</c>), its own layout
    /// first: the link check names them for a broken link the content did not write. Empty for other files.
    /// </summary>
    public IReadOnlyList<string> Templates { get; init; } = [];

    /// <summary>For a page, where its partials' output sits in its text, in order; the link check reads each such text once.</summary>
    public ImmutableArray<HtmlFragment> Fragments { get; init; } = [];

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static OutputFile Text(string path, string text) => new(path, Utf8.GetBytes(text));
}
