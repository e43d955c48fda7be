using System.Collections.Concurrent;
using StaticSite.Content.Files;
using StaticSite.Content;
using StaticSite.Diagnostics;

namespace StaticSite.Incremental;

/// <summary>The parsed front matter of every article file of the previous build, on disk beside the page cache and keyed by each file's path, size and modification time, so an incremental build parses only the files that changed; problems found in a file are stored with it and reported again.</summary>
public sealed class ArticleFileStore
{
    private const string Magic = "staticsite-articles-3";
    private readonly Dictionary<string, Stored> _previous = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Stored> _current = new(StringComparer.Ordinal);
    private int _added;

    /// <summary>An entry as kept between load and save: its stamp, and the rest as the bytes written to disk, so a large site's front matter is not all held as objects for the whole build.</summary>
    private sealed record Stored(FileStamp Stamp, byte[] Bytes);

    private sealed record Entry(FileStamp Stamp, string DisplayPath, FrontMatter? FrontMatter, byte[] BodyHash, int BodyLine, byte[] FileHash, IReadOnlyList<Diagnostic> Diagnostics);

    /// <summary>Reads the store written by <see cref="Save"/> for this generator build, or starts empty when the file is missing, unreadable or from another build.</summary>
    public static ArticleFileStore Load(string file, string generatorVersion)
    {
        var store = new ArticleFileStore();
        if (!File.Exists(file)) return store;
        try
        {
            using var reader = new BinaryReader(new BufferedStream(File.OpenRead(file), 1 << 16));
            if (reader.ReadString() != Magic || reader.ReadString() != generatorVersion) return store;
            var count = reader.ReadInt32();
            for (var i = 0; i < count; i++)
            {
                var path = reader.ReadString();
                var stamp = new FileStamp(reader.ReadInt64(), reader.ReadInt64());
                var length = reader.ReadInt32();
                var bytes = reader.ReadBytes(length);
                if (bytes.Length != length) throw new EndOfStreamException();
                store._previous[path] = new Stored(stamp, bytes);
            }
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or FormatException or OverflowException or ArgumentException or OutOfMemoryException)
        {
            return new ArticleFileStore();
        }

        return store;
    }

    /// <summary>The stored article for <paramref name="path"/> when the file still has <paramref name="stamp"/> and is shown as <paramref name="displayPath"/>; its problems are reported again into <paramref name="diagnostics"/>, and its body is read from the file through <paramref name="reread"/> when needed.</summary>
    public bool TryGet(string path, FileStamp stamp, string displayPath, Func<string> reread, DiagnosticBag diagnostics, out ArticleFile? file)
    {
        file = null;
        if (!_current.TryGetValue(path, out var stored) && !_previous.TryGetValue(path, out stored)) return false;
        if (stored.Stamp != stamp) return false;
        Entry entry;
        try
        {
            using var reader = new BinaryReader(new MemoryStream(stored.Bytes));
            entry = ReadEntry(reader, stamp, displayPath);
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or FormatException or OverflowException or ArgumentException)
        {
            return false;
        }

        _current[path] = stored;
        foreach (var d in entry.Diagnostics)
        {
            if (d.Severity == Severity.Error) diagnostics.Error(d.Location, d.Message);
            else diagnostics.Warning(d.Location, d.Message);
        }

        if (entry.FrontMatter is { } frontMatter) file = new ArticleFile(path, displayPath, frontMatter, MarkdownBody.Stored(entry.BodyHash, reread), entry.BodyLine, entry.FileHash);
        return true;
    }

    /// <summary>Records what parsing <paramref name="path"/> (with <paramref name="stamp"/>) gave: the article, or null when the file could not be read as one, and the problems found.</summary>
    public void Put(string path, FileStamp stamp, string displayPath, ArticleFile? file, IReadOnlyList<Diagnostic> diagnostics)
    {
        using var bytes = new MemoryStream();
        using (var writer = new BinaryWriter(bytes)) WriteEntry(writer, new Entry(stamp, displayPath, file?.FrontMatter, file?.Body.Hash ?? [], file?.BodyLine ?? 0, file?.FileHash ?? [], diagnostics));
        _current[path] = new Stored(stamp, bytes.ToArray());
        Interlocked.Increment(ref _added);
    }

    /// <summary>Writes the files this build read (not the ones that disappeared) to <paramref name="file"/>, replacing it atomically; skipped when that is exactly what was loaded.</summary>
    public void Save(string file, string generatorVersion)
    {
        if (_added == 0 && _current.Count == _previous.Count && File.Exists(file)) return;
        var temporary = file + ".tmp";
        using (var writer = new BinaryWriter(new BufferedStream(File.Create(temporary), 1 << 16)))
        {
            writer.Write(Magic);
            writer.Write(generatorVersion);
            writer.Write(_current.Count);
            foreach (var (path, stored) in _current.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                writer.Write(path);
                writer.Write(stored.Stamp.Length);
                writer.Write(stored.Stamp.LastWriteTicks);
                writer.Write(stored.Bytes.Length);
                writer.Write(stored.Bytes);
            }
        }

        File.Move(temporary, file, true);
    }

    private static void WriteEntry(BinaryWriter w, Entry e)
    {
        w.Write(e.DisplayPath);
        w.Write(e.BodyHash.Length);
        w.Write(e.BodyHash);
        w.Write(e.BodyLine);
        w.Write(e.FileHash.Length);
        w.Write(e.FileHash);
        w.Write(e.Diagnostics.Count);
        foreach (var d in e.Diagnostics)
        {
            WriteLocation(w, d.Location, withPath: true);
            w.Write((byte)d.Severity);
            w.Write(d.Message);
        }

        w.Write(e.FrontMatter is not null);
        if (e.FrontMatter is { } f) new FrontMatterWriter(w).Write(f);
    }

    /// <summary>Reads a stored entry with its positions in the file shown as <paramref name="display"/>, which may be spelled differently from when it was stored (<c>content</c>, <c>./content</c> or an absolute path name the same files).</summary>
    private static Entry ReadEntry(BinaryReader r, FileStamp stamp, string display)
    {
        var storedDisplay = r.ReadString();
        var hash = r.ReadBytes(r.ReadInt32());
        var bodyLine = r.ReadInt32();
        var fileHash = r.ReadBytes(r.ReadInt32());
        var diagnostics = new Diagnostic[r.ReadInt32()];
        for (var i = 0; i < diagnostics.Length; i++)
        {
            var at = ReadLocation(r, null);
            if (at.Path == storedDisplay) at = at with { Path = display };
            var severity = (Severity)r.ReadByte();
            if (!Enum.IsDefined(severity)) throw new FormatException("unknown severity");
            diagnostics[i] = new Diagnostic(at, severity, r.ReadString());
        }

        var frontMatter = r.ReadBoolean() ? new FrontMatterReaderState(r, display).Read() : null;
        return new Entry(stamp, display, frontMatter, hash, bodyLine, fileHash, diagnostics);
    }

    private static void WriteLocation(BinaryWriter w, SourceLocation at, bool withPath)
    {
        if (withPath) w.Write(at.Path);
        w.Write(at.Line);
        w.Write(at.Column);
    }

    private static SourceLocation ReadLocation(BinaryReader r, string? path) => new(path ?? r.ReadString(), r.ReadInt32(), r.ReadInt32());

    private readonly struct FrontMatterWriter(BinaryWriter w)
    {
        public void Write(FrontMatter f)
        {
            Location(f.At);
            Text(f.Title);
            Date(f.Date);
            Date(f.Updated);
            Text(f.Language);
            Text(f.Slug);
            Text(f.Summary);
            Texts(f.Authors);
            Texts(f.Translators);
            w.Write(f.Source is not null);
            if (f.Source is { } s)
            {
                Text(s.Publication);
                Text(s.Url);
                Text(s.Title);
                Text(s.Language);
                Date(s.Published);
                Location(s.At);
            }

            Texts(f.Topics);
            Location(f.TopicsAt);
            Texts(f.Places);
            w.Write(f.Image is not null);
            if (f.Image is { } i)
            {
                Text(i.Src);
                Text(i.Alt);
                Text(i.Caption);
                Text(i.Credit);
                Location(i.At);
            }

            Text(f.TranslationKey);
            w.Write(f.Corrections.Count);
            foreach (var c in f.Corrections)
            {
                Date(c.Date);
                Text(c.Text);
                Location(c.At);
            }

            w.Write(f.Draft);
            w.Write(f.Rejected.Count);
            foreach (var key in f.Rejected.Order(StringComparer.Ordinal)) w.Write(key);
        }

        private void Location(SourceLocation at) => WriteLocation(w, at, withPath: false);

        private void Text(Located<string>? value)
        {
            w.Write(value is not null);
            if (value is not { } v) return;
            w.Write(v.Value);
            Location(v.At);
        }

        private void Texts(IReadOnlyList<Located<string>> values)
        {
            w.Write(values.Count);
            foreach (var v in values) Text(v);
        }

        private void Date(Located<ContentDate>? value)
        {
            w.Write(value is not null);
            if (value is not { } v) return;
            w.Write(v.Value.Value.Ticks);
            w.Write((short)v.Value.Value.Offset.TotalMinutes);
            w.Write(v.Value.HasTime);
            Location(v.At);
        }
    }

    private readonly struct FrontMatterReaderState(BinaryReader r, string path)
    {
        public FrontMatter Read()
        {
            var at = Location();
            var title = Text();
            var date = Date();
            var updated = Date();
            var language = Text();
            var slug = Text();
            var summary = Text();
            var authors = Texts();
            var translators = Texts();
            var source = r.ReadBoolean() ? new SourceReference(Text(), Text(), Text(), Text(), Date(), Location()) : null;
            var topics = Texts();
            var topicsAt = Location();
            var places = Texts();
            var image = r.ReadBoolean() ? new ImageReference(Text(), Text(), Text(), Text(), Location()) : null;
            var translationKey = Text();
            var corrections = new CorrectionEntry[r.ReadInt32()];
            for (var i = 0; i < corrections.Length; i++) corrections[i] = new CorrectionEntry(Date(), Text(), Location());
            var draft = r.ReadBoolean();
            var rejected = new HashSet<string>(StringComparer.Ordinal);
            for (var i = r.ReadInt32(); i > 0; i--) rejected.Add(r.ReadString());
            return new FrontMatter
            {
                At = at, Title = title, Date = date, Updated = updated, Language = language, Slug = slug, Summary = summary,
                Authors = authors, Translators = translators, Source = source, Topics = topics, TopicsAt = topicsAt, Places = places,
                Image = image, TranslationKey = translationKey, Corrections = corrections, Draft = draft, Rejected = rejected,
            };
        }

        private SourceLocation Location() => ReadLocation(r, path);

        private Located<string>? Text() => r.ReadBoolean() ? new Located<string>(r.ReadString(), Location()) : null;

        private Located<string>[] Texts()
        {
            var values = new Located<string>[r.ReadInt32()];
            for (var i = 0; i < values.Length; i++) values[i] = Text() ?? throw new FormatException("a list item is missing");
            return values;
        }

        private Located<ContentDate>? Date()
        {
            if (!r.ReadBoolean()) return null;
            var ticks = r.ReadInt64();
            var offset = TimeSpan.FromMinutes(r.ReadInt16());
            return new Located<ContentDate>(new ContentDate(new DateTimeOffset(ticks, offset), r.ReadBoolean()), Location());
        }
    }
}
