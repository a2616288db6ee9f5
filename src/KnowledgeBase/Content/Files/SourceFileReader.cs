using System.Buffers;
using System.Text;
using System.Text.Unicode;
using KnowledgeBase.Diagnostics;

namespace KnowledgeBase.Content.Files;

/// <summary>
/// The one place content files are read. Text must be strict UTF-8: a Latin-1 byte or binary data is reported at
/// its line rather than published as U+FFFD, and a file that cannot be read (a dangling symbolic link, a link to
/// itself, a permission problem) is a diagnostic, never an exception.
/// </summary>
public static class SourceFileReader
{
    /// <summary>The file's text without a byte order mark, or null when a diagnostic was reported instead.</summary>
    /// <param name="display">The path diagnostics name, relative to the site root.</param>
    public static string? Read(string path, string display, DiagnosticBag diagnostics)
    {
        byte[] bytes;
        try
        {
            if (BrokenLink(path) is { } reason)
            {
                diagnostics.Error(SourceLocation.WholeFile(display), DiagnosticCodes.ContentUnreadable,
                    $"this file is a symbolic link that {reason}; point it at a real file or delete it");
                return null;
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(SourceLocation.WholeFile(display), DiagnosticCodes.ContentUnreadable,
                $"the file cannot be read: {ex.Message}; check that it exists and that its permissions allow reading");
            return null;
        }

        return Decode(bytes, display, diagnostics);
    }

    /// <summary>Strict UTF-8 decoding; the first invalid byte or NUL is reported at its line and column.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, string display, DiagnosticBag diagnostics)
    {
        if (bytes.StartsWith(Encoding.UTF8.Preamble))
        {
            bytes = bytes[Encoding.UTF8.Preamble.Length..];
        }

        var chars = ArrayPool<char>.Shared.Rent(Math.Max(bytes.Length, 1));
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
            var nul = bytes[..read].IndexOf((byte)0);
            if (status != OperationStatus.Done || nul >= 0)
            {
                var at = nul >= 0 ? nul : read;
                var what = nul >= 0 ? "a NUL byte, so it holds binary data" : $"the byte 0x{bytes[at]:X2}, which is not UTF-8";
                diagnostics.Error(Position(bytes, at, display), DiagnosticCodes.InvalidEncoding,
                    $"the file has {what}; save it as UTF-8 text (a Latin-1 or Windows-1252 file must be converted)");
                return null;
            }

            return new string(chars, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    // A dangling link or a link to itself fails deep inside the read with a bare "not found": say what is wrong.
    private static string? BrokenLink(string path)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is null)
        {
            return null;
        }

        FileSystemInfo? target;
        try
        {
            target = info.ResolveLinkTarget(returnFinalTarget: true);
        }
        catch (IOException)
        {
            return $"points to itself or to a loop of links ('{info.LinkTarget}')";
        }

        return target is null || !target.Exists ? $"points to '{info.LinkTarget}', which does not exist" : null;
    }

    private static SourceLocation Position(ReadOnlySpan<byte> bytes, int offset, string display)
    {
        var before = bytes[..offset];
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var column = Encoding.UTF8.GetCharCount(before[lineStart..]) + 1;
        return new SourceLocation(display, line, column);
    }
}
