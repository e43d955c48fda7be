namespace StaticSite.Output;

/// <summary>The one write point: a whole new site is staged beside the output (files the build made, hard links to the
/// unchanged files of the previous site), marked as ours, and swapped in for the output folder in one step (see
/// <see cref="FolderSwap"/>), for a clean and an incremental build alike; a failure before the swap leaves the old
/// output untouched, and a process killed at any instant leaves the whole old site or the whole new one.</summary>
internal sealed class SitePublisher(bool exchange = true)
{
    /// <summary>Publishes <paramref name="output"/> to the folder of <paramref name="claim"/>: a set already written
    /// through to staging is swapped in; an in-memory set is staged first. Returns the folder now holding the previous
    /// site, for <see cref="RemovePrevious"/> (null when there was none).</summary>
    public string? Publish(OutputSet output, OutputClaim claim)
    {
        var staging = output.Staging ?? StagingArea.Create(claim);
        try
        {
            if (output.Staging is null)
            {
                Parallel.ForEach(output.Files, file => staging.Write(file.Path, file.ReadBytes()));
            }

            staging.Flush();
            staging.Write(OutputMarker.FileName, OutputMarker.For(output.Paths));
            TestHooks.Reached("staged");
            var previous = Swap(staging.Root, claim);
            claim.MarkPublished();
            TestHooks.Reached("swapped");
            return previous;
        }
        catch
        {
            staging.Abort();
            throw;
        }
    }

    /// <summary>Publishes an in-memory <paramref name="output"/> to <paramref name="outputDir"/> in one go: claims the
    /// folder (waiting for another build, replacing whatever is there), publishes, removes the previous site.</summary>
    public void Publish(OutputSet output, string outputDir)
    {
        using var claim = OutputClaim.Take(outputDir, new OutputClaim.Rules(Wait: true, Force: true, () => false),
            _ => { });
        RemovePrevious(Publish(output, claim), claim);
    }

    /// <summary>Deletes the previous site after a swap. The new site is published by then, so a failure here is only
    /// a note (the next build removes what is left).</summary>
    public void RemovePrevious(string? previous, OutputClaim claim)
    {
        if (previous is null) return;
        try
        {
            Directory.Delete(previous, true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            claim.Note($"the previous site could not be removed from {previous} ({FileSystemError.Cause(e)}); " +
                "the next build removes it");
        }

        TestHooks.Reached("cleaned");
    }

    private string? Swap(string built, OutputClaim claim)
    {
        var target = claim.Target;
        if (!Directory.Exists(target))
        {
            Directory.Move(built, target);
            return null;
        }

        if (FolderSwap.TryExchange(built, target, exchange && TestHooks.ExchangeAllowed)) return built;
        var retired = claim.Sibling("old");
        FolderSwap.Replace(built, target, retired, () => TestHooks.Reached("retired"));
        return retired;
    }
}
