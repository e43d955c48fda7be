using StaticSite.Diagnostics;
using StaticSite.Output;

namespace StaticSite.Media;

/// <summary>Adds the files of media jobs to the output: for a site kept in memory, each file is made when first read
/// (a job's files together, once); for a site written to a folder, every job runs now, on every core, from the cache
/// when it has the job's files (hard-linked into the new tree, not copied).</summary>
internal static class MediaPublisher
{
    /// <summary>Publishes <paramref name="jobs"/>; a source that cannot be decoded is an error at its file.</summary>
    public static void Publish(IReadOnlyList<MediaJob> jobs, OutputSet output, VariantCache cache,
        DiagnosticBag diagnostics)
    {
        if (output.Staging is null)
        {
            foreach (var job in jobs)
            {
                var files = new Lazy<IReadOnlyDictionary<string, byte[]>>(() => cache.Bytes(job));
                foreach (var (path, name) in job.Files) output.AddCopy(path, () => files.Value[name]);
            }

            return;
        }

        Parallel.ForEach(jobs, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, job =>
        {
            try
            {
                if (cache.OnDiskFolder) AddFromFolder(job, cache.Folder(job), output);
                else
                {
                    var files = cache.Bytes(job);
                    foreach (var (path, name) in job.Files) output.AddBytes(path, files[name]);
                }
            }
            catch (InvalidDataException e)
            {
                diagnostics.Error(SourceLocation.FileOnly(job.DisplayPath),
                    $"this image cannot be published: {e.Message}");
            }
        });
    }

    private static void AddFromFolder(MediaJob job, string folder, OutputSet output)
    {
        foreach (var (path, name) in job.Files) output.AddReused(path, Path.Combine(folder, name), []);
    }
}
