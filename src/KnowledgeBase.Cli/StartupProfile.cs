using System.Runtime;

namespace KnowledgeBase.Cli;

/// <summary>
/// Multi-core JIT for the one-shot commands. ReadyToRun leaves some 3,400 methods to compile at run time (the
/// framework's generics over kb's own types: LINQ, immutable and concurrent collections), 0.4 s of JIT on the thread
/// that needs them. Each run records what it compiled in a profile beside kb's assembly, and the next run of the same
/// command compiles those methods ahead of use on the other core: the real manual builds about 0.15 s sooner.
/// </summary>
/// <remarks>
/// Note: the profile is the runtime's own; a missing, stale or unreadable one only costs the time it would have
/// saved, and a folder kb cannot write to leaves the feature off. Output never depends on it.
/// </remarks>
internal static class StartupProfile
{
    private static readonly string[] Commands = ["build", "check", "serve", "search", "menu"];

    public static void Start(string[] args)
    {
        // One profile per command: each runs different code. Anything else (help, a typo) records nothing.
        if (args.Length == 0 || Array.IndexOf(Commands, args[0]) < 0)
        {
            return;
        }

        ProfileOptimization.SetProfileRoot(AppContext.BaseDirectory);
        ProfileOptimization.StartProfile($"kb-{args[0]}.jitprofile");
    }
}
