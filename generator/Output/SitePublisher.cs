using System.Security.Cryptography;

namespace StaticSite.Output;

/// <summary>The one write point: writes the whole site into a staging folder beside the output, then swaps it in, so a failure leaves the old output untouched.</summary>
public sealed class SitePublisher
{
    /// <summary>Publishes <paramref name="output"/> to <paramref name="outputDir"/>; files of pages that no longer exist disappear with the old folder.</summary>
    public void Publish(OutputSet output, string outputDir)
    {
        var target = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(target) ?? throw new InvalidOperationException($"the output folder '{outputDir}' has no parent");
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(target);
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
        var staging = Path.Combine(parent, $".{name}.staging-{token}");
        var retired = Path.Combine(parent, $".{name}.old-{token}");

        try
        {
            Directory.CreateDirectory(staging);
            var files = output.Files;
            foreach (var folder in files.Select(f => Path.GetDirectoryName(f.Path)).Distinct().Where(d => !string.IsNullOrEmpty(d)))
            {
                Directory.CreateDirectory(Path.Combine(staging, folder!));
            }

            Parallel.ForEach(files, file =>
            {
                var destination = Path.GetFullPath(Path.Combine(staging, file.Path));
                if (!destination.StartsWith(staging + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"output path '{file.Path}' leaves the output folder");
                }

                File.WriteAllBytes(destination, file.ReadBytes());
            });

            if (Directory.Exists(target))
            {
                Directory.Move(target, retired);
                Directory.Move(staging, target);
                Directory.Delete(retired, true);
            }
            else
            {
                Directory.Move(staging, target);
            }
        }
        catch
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, true);
            if (Directory.Exists(retired) && !Directory.Exists(target)) Directory.Move(retired, target);
            throw;
        }
    }
}
