namespace StaticSite.Output;

/// <summary>The one write point: the site goes into a staging folder beside the output, which is then swapped in (or,
/// for an incremental build, whose changed files are moved into place), so a failure leaves the old output
/// untouched.</summary>
internal sealed class SitePublisher
{
    /// <summary>Publishes <paramref name="output"/> to <paramref name="outputDir"/>: a set already written through to
    /// staging is swapped in; an in-memory set is staged first. Files of pages that no longer exist disappear with the
    /// old folder.</summary>
    public void Publish(OutputSet output, string outputDir)
    {
        var staging = output.Staging ?? StagingArea.Create(outputDir);
        try
        {
            if (output.Staging is null)
            {
                Parallel.ForEach(output.Files, file => staging.Write(file.Path, file.ReadBytes()));
            }

            staging.Commit(output.Paths);
        }
        catch
        {
            staging.Abort();
            throw;
        }
    }
}
