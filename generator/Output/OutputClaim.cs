using System.Security.Cryptography;

namespace StaticSite.Output;

/// <summary>A build's hold on its output folder, from before the first staging write until the last cache write: the
/// folder's lock, taken first; then what a build that died left beside the folder is put right (a site moved aside by
/// the two-rename fallback is moved back, staging folders are removed); then the folder is checked to be ours to
/// replace.</summary>
internal sealed class OutputClaim : IDisposable
{
    private readonly OutputLock? _lock;
    private readonly List<string> _notes;

    private OutputClaim(string target, string display, OutputLock? held, OutputProblem? problem, List<string> notes)
    {
        Target = target;
        Display = display;
        _lock = held;
        Problem = problem;
        _notes = notes;
    }

    /// <summary>What the claim needs to know: whether to wait for another build, whether a folder that is not ours
    /// may be taken over, and whether the cache vouches for the folder (as builds before the marker existed left
    /// it).</summary>
    public sealed record Rules(bool Wait, bool Force, Func<bool> CacheVouches);

    /// <summary>The output folder's absolute path.</summary>
    public string Target { get; }

    /// <summary>The output folder as the operator named it, for messages.</summary>
    public string Display { get; }

    /// <summary>Why the folder was not claimed (null when it was; then the lock is held until
    /// <see cref="Dispose"/>).</summary>
    public OutputProblem? Problem { get; }

    /// <summary>Whether the new site has been swapped in (after which a failure no longer leaves the output as it
    /// was).</summary>
    public bool Published { get; private set; }

    /// <summary>Records that the new site has been swapped in.</summary>
    public void MarkPublished() => Published = true;

    /// <summary>Things put right or left alone that the operator should hear about (as warnings).</summary>
    public IReadOnlyList<string> Notes => _notes;

    /// <summary>Claims <paramref name="outputDir"/>; <paramref name="waiting"/> hears the process id of the build
    /// being waited for.</summary>
    public static OutputClaim Take(string outputDir, Rules rules, Action<int?> waiting)
    {
        var target = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        var display = outputDir.Replace('\\', '/').TrimEnd('/') + "/";
        var held = OutputLock.Take(target, rules.Wait, waiting, out var holderId);
        var notes = new List<string>();
        if (held is null)
        {
            var holder = holderId is { } pid ? $" (process {pid})" : "";
            return new OutputClaim(target, display, null, new OutputProblem(OutputProblemKind.Busy,
                $"another build is writing to {display}{holder}; run again when it has finished, or leave out " +
                    "--no-wait to wait for it"), notes);
        }

        try
        {
            MoveBackRetired(target, notes);
            RemoveLeftovers(target, notes);
            var problem = Refusal(target, display, rules);
            if (problem is null) FolderSwap.EnsureReplaceable(target);
            else held.Dispose();
            return new OutputClaim(target, display, problem is null ? held : null, problem, notes);
        }
        catch
        {
            held.Dispose();
            throw;
        }
    }

    /// <summary>A fresh name beside the output folder for a staging (<c>staging</c>) or retired (<c>old</c>) folder,
    /// in the pattern <see cref="RemoveLeftovers"/> cleans up.</summary>
    public string Sibling(string kind) =>
        Path.Combine(Path.GetDirectoryName(Target)!,
            $".{Path.GetFileName(Target)}.{kind}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}");

    /// <summary>Adds a note for the operator.</summary>
    public void Note(string note) => _notes.Add(note);

    private static IEnumerable<string> Siblings(string target, string kind) =>
        Directory.EnumerateDirectories(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{kind}-*");

    /// <summary>When a build died between the two renames of the fallback, the output folder is missing and the
    /// previous site waits aside: it goes back, so the folder exists again before anything else happens.</summary>
    private static void MoveBackRetired(string target, List<string> notes)
    {
        if (Directory.Exists(target) || File.Exists(target)) return;
        var retired = Siblings(target, "old").FirstOrDefault(OutputMarker.IsIn);
        if (retired is null) return;
        Directory.Move(retired, target);
        notes.Add($"the previous site was moved back from {Path.GetFileName(retired)}, where a build that was " +
            "stopped had left it");
    }

    /// <summary>Removes the staging and retired folders of builds that died (only now that the lock is held, so never
    /// one a running build is writing); one that cannot be removed is left with a note.</summary>
    private static void RemoveLeftovers(string target, List<string> notes)
    {
        foreach (var leftover in Siblings(target, "staging").Concat(Siblings(target, "old")).ToList())
        {
            try
            {
                Directory.Delete(leftover, true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                notes.Add($"could not remove {leftover}, left by an earlier build " +
                    $"({FileSystemError.Cause(e)}); remove it by hand");
            }
        }
    }

    /// <summary>Why <paramref name="target"/> may not be replaced: it is a file, or a non-empty folder without the
    /// marker that the cache does not vouch for either (unless <see cref="Rules.Force"/>).</summary>
    private static OutputProblem? Refusal(string target, string display, Rules rules)
    {
        if (File.Exists(target))
        {
            return new OutputProblem(OutputProblemKind.NotOurs,
                $"--output {display.TrimEnd('/')} is a file, not a folder; choose a folder for the site");
        }

        if (rules.Force || !Directory.Exists(target) || OutputMarker.IsIn(target) || rules.CacheVouches()) return null;
        var contents = ForeignContents.Of(target);
        if (contents.IsEmpty) return null;
        return new OutputProblem(OutputProblemKind.NotOurs,
            $"{display} is not a site this generator built (it has no {OutputMarker.FileName}); building would " +
                $"delete its {contents.Describe()}. Choose another --output, or pass --force to replace it");
    }

    /// <summary>Releases the lock.</summary>
    public void Dispose() => _lock?.Dispose();
}
