using System.ComponentModel;
using System.Runtime.InteropServices;

namespace KnowledgeBase.Output;

/// <summary>
/// rename(2) and Linux's renameat2(2) called directly: .NET's File.Move looks at what the source is before it
/// renames, and a link to a folder is neither a file nor a folder to it; rename(2) replaces a link atomically.
/// </summary>
internal static class NativeRename
{
    private const int AtCurrentDirectory = -100;
    private const uint RenameExchange = 2;

    public static void Rename(string from, string to)
    {
        if ((OperatingSystem.IsLinux() ? LinuxRename(from, to) : PosixRename(from, to)) != 0)
        {
            var error = Marshal.GetLastPInvokeError();
            throw new IOException($"cannot rename '{from}' to '{to}': {new Win32Exception(error).Message}", error);
        }
    }

    /// <summary>Swaps two paths in one step (Linux 3.15 and later); false where the system or file system has no such call.</summary>
    public static bool TryExchange(string first, string second)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return LinuxRenameAt2(AtCurrentDirectory, first, AtCurrentDirectory, second, RenameExchange) == 0;
        }
        catch (EntryPointNotFoundException)
        {
            return false; // a C library older than glibc 2.28
        }
    }

    // glibc's "libc.so" is a linker script, not a library: name the shared object itself.
    [DllImport("libc.so.6", EntryPoint = "rename", SetLastError = true)]
    private static extern int LinuxRename([MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath);

    [DllImport("libc", EntryPoint = "rename", SetLastError = true)]
    private static extern int PosixRename([MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath);

    [DllImport("libc.so.6", EntryPoint = "renameat2", SetLastError = true)]
    private static extern int LinuxRenameAt2(int oldDirectory, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath, int newDirectory, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath, uint flags);
}
