using System.Text;

namespace KnowledgeBase.Output;

/// <summary>One file of the built site: its path below the output folder (forward slashes) and its bytes.</summary>
public sealed record OutputFile(string Path, byte[] Bytes)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static OutputFile Text(string path, string text) => new(path, Utf8.GetBytes(text));
}
