using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace StaticSite.Media;

/// <summary>The encoded images of earlier builds, by the hash of their source and settings, so an unchanged photograph
/// or card is never encoded again: nowhere (one-off builds), in memory (<c>serve</c>), or in a folder of the build's
/// cache (<c>build</c>), one sub-folder per key, written whole before it is renamed into place. Entries no build used
/// since the last successful one are removed when it is kept.</summary>
internal sealed class VariantCache
{
    private readonly string? _folder;
    private readonly bool _readsExisting;
    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, byte[]>>? _memory;
    private readonly ConcurrentDictionary<string, byte> _used = new(StringComparer.Ordinal);

    private VariantCache(string? folder, bool readsExisting,
        ConcurrentDictionary<string, IReadOnlyDictionary<string, byte[]>>? memory)
    {
        _folder = folder;
        _readsExisting = readsExisting;
        _memory = memory;
    }

    /// <summary>A cache that keeps nothing.</summary>
    public static VariantCache None() => new(null, false, null);

    /// <summary>A cache kept in memory between the builds of one process.</summary>
    public static VariantCache InMemory() => new(null, false, new(StringComparer.Ordinal));

    /// <summary>A cache in <paramref name="folder"/>; with <paramref name="clean"/>, what it holds is made
    /// again.</summary>
    public static VariantCache OnDisk(string folder, bool clean) => new(folder, !clean, null);

    /// <summary>The key of a source (by its content hash) made with <paramref name="settings"/>.</summary>
    public static string KeyOf(string sourceHash, string settings) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sourceHash + "\n" + settings)))[..32];

    /// <summary>Whether entries are kept in a folder.</summary>
    public bool OnDiskFolder => _folder is not null;

    /// <summary>The job's files from memory, made (and remembered) when missing.</summary>
    public IReadOnlyDictionary<string, byte[]> Bytes(MediaJob job)
    {
        _used[job.Key] = 0;
        return _memory is null ? job.Make() : _memory.GetOrAdd(job.Key, _ => job.Make());
    }

    /// <summary>The folder holding the job's files, made when missing or incomplete; needs a cache on
    /// disk.</summary>
    public string Folder(MediaJob job)
    {
        var entry = Path.Combine(_folder ?? throw new InvalidOperationException("the cache has no folder"), job.Key);
        _used[job.Key] = 0;
        if (_readsExisting && job.Files.All(f => File.Exists(Path.Combine(entry, f.Name)))) return entry;
        var files = job.Make();
        var temporary = entry + ".tmp-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
        Directory.CreateDirectory(temporary);
        foreach (var (name, bytes) in files) File.WriteAllBytes(Path.Combine(temporary, name), bytes);
        if (Directory.Exists(entry)) Directory.Delete(entry, true);
        Directory.Move(temporary, entry);
        return entry;
    }

    /// <summary>Removes the entries no build used since this cache was opened (and left-over temporary
    /// folders).</summary>
    public void Prune()
    {
        if (_memory is not null)
        {
            foreach (var key in _memory.Keys.Where(k => !_used.ContainsKey(k))) _memory.TryRemove(key, out _);
        }

        if (_folder is not null && Directory.Exists(_folder))
        {
            foreach (var entry in Directory.EnumerateDirectories(_folder))
            {
                if (!_used.ContainsKey(Path.GetFileName(entry))) Directory.Delete(entry, true);
            }
        }

        _used.Clear();
    }
}
