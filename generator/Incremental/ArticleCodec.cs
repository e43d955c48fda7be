using StaticSite.Content;
using StaticSite.Diagnostics;

namespace StaticSite.Incremental;

/// <summary>The binary form of one stored article file: its front matter with every position, its body's hash and first
/// line, and the problems found in it. Positions are stored without the file name, so an entry read back under another
/// spelling of the content folder (<c>content</c>, <c>./content</c>, an absolute path) points at the same
/// lines.</summary>
internal static class ArticleCodec
{
    /// <summary>One stored article file; <see cref="FrontMatter"/> is null when the file could not be read as an
    /// article.</summary>
    public sealed record Entry(string DisplayPath, FrontMatter? FrontMatter, byte[] BodyHash, int BodyLine,
        IReadOnlyList<Diagnostic> Diagnostics);

    /// <summary>The entry's bytes.</summary>
    public static byte[] Write(Entry entry)
    {
        using var bytes = new MemoryStream();
        using (var w = new BinaryWriter(bytes))
        {
            w.Write(entry.DisplayPath);
            w.Write(entry.BodyHash.Length);
            w.Write(entry.BodyHash);
            w.Write(entry.BodyLine);
            w.Write(entry.Diagnostics.Count);
            foreach (var d in entry.Diagnostics)
            {
                w.Write(d.Location.Path);
                WriteLocation(w, d.Location);
                w.Write((byte)d.Severity);
                w.Write(d.Message);
            }

            w.Write(entry.FrontMatter is not null);
            if (entry.FrontMatter is { } f) new FrontMatterWriter(w).Write(f);
        }

        return bytes.ToArray();
    }

    /// <summary>The entry in <paramref name="bytes"/> with its positions in the file shown as <paramref
    /// name="display"/>, or null when the bytes are damaged.</summary>
    public static Entry? TryRead(byte[] bytes, string display)
    {
        try
        {
            using var r = new BinaryReader(new MemoryStream(bytes));
            var storedDisplay = r.ReadString();
            var hash = r.ReadBytes(r.ReadInt32());
            var bodyLine = r.ReadInt32();
            var diagnostics = new Diagnostic[r.ReadInt32()];
            for (var i = 0; i < diagnostics.Length; i++)
            {
                var path = r.ReadString();
                var at = new SourceLocation(path == storedDisplay ? display : path, r.ReadInt32(), r.ReadInt32());
                var severity = (Severity)r.ReadByte();
                if (!Enum.IsDefined(severity)) throw new FormatException("unknown severity");
                diagnostics[i] = new Diagnostic(at, severity, r.ReadString());
            }

            var frontMatter = r.ReadBoolean() ? new FrontMatterReaderState(r, display).Read() : null;
            return new Entry(display, frontMatter, hash, bodyLine, diagnostics);
        }
        catch (Exception e) when (e is IOException or FormatException or OverflowException or ArgumentException)
        {
            return null;
        }
    }

    private static void WriteLocation(BinaryWriter w, SourceLocation at)
    {
        w.Write(at.Line);
        w.Write(at.Column);
    }

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
            if (f.Source is { } s) Source(s);
            Texts(f.Topics);
            Location(f.TopicsAt);
            Texts(f.Places);
            w.Write(f.Image is not null);
            if (f.Image is { } i) Image(i);
            Text(f.TranslationKey);
            w.Write(f.Corrections.Count);
            foreach (var c in f.Corrections)
            {
                Date(c.Date);
                Text(c.Text);
                Location(c.At);
            }

            w.Write(f.Draft);
            Texts(f.Aliases);
            w.Write(f.Withdrawn is not null);
            if (f.Withdrawn is { } withdrawn)
            {
                Date(withdrawn.Date);
                Text(withdrawn.Reason);
                Location(withdrawn.At);
            }

            w.Write(f.Rejected.Count);
            foreach (var key in f.Rejected.Order(StringComparer.Ordinal)) w.Write(key);
            Date(f.Embargo);
        }

        private void Source(SourceReference s)
        {
            Text(s.Publication);
            Text(s.Url);
            Text(s.Title);
            Text(s.Language);
            Date(s.Published);
            Location(s.At);
            w.Write(s.Archived is not null);
            if (s.Archived is not { } a) return;
            Text(a.Url);
            Date(a.Date);
            Location(a.At);
        }

        private void Image(ImageReference i)
        {
            Text(i.Src);
            Text(i.Alt);
            Text(i.Caption);
            Text(i.Credit);
            Location(i.At);
        }

        private void Location(SourceLocation at) => WriteLocation(w, at);

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
            var source = r.ReadBoolean() ? new SourceReference(Text(), Text(), Text(), Text(), Date(), Location())
                {
                    Archived = r.ReadBoolean() ? new ArchivedReference(Text(), Date(), Location()) : null,
                }
                : null;
            var topics = Texts();
            var topicsAt = Location();
            var places = Texts();
            var image = r.ReadBoolean() ? new ImageReference(Text(), Text(), Text(), Text(), Location()) : null;
            var translationKey = Text();
            var corrections = new CorrectionEntry[r.ReadInt32()];
            for (var i = 0; i < corrections.Length; i++)
            {
                corrections[i] = new CorrectionEntry(Date(), Text(), Location());
            }

            var draft = r.ReadBoolean();
            var aliases = Texts();
            var withdrawn = r.ReadBoolean() ? new WithdrawalEntry(Date(), Text(), Location()) : null;
            var rejected = new HashSet<string>(StringComparer.Ordinal);
            for (var i = r.ReadInt32(); i > 0; i--) rejected.Add(r.ReadString());
            var embargo = Date();
            return new FrontMatter
            {
                At = at, Title = title, Date = date, Updated = updated, Language = language, Slug = slug,
                    Summary = summary,
                Authors = authors, Translators = translators, Source = source, Topics = topics, TopicsAt = topicsAt,
                Places = places, Image = image, TranslationKey = translationKey, Corrections = corrections,
                    Draft = draft,
                Aliases = aliases, Withdrawn = withdrawn,
                Rejected = rejected,
                Embargo = embargo,
            };
        }

        private SourceLocation Location() => new(path, r.ReadInt32(), r.ReadInt32());

        private Located<string>? Text() => r.ReadBoolean() ? new Located<string>(r.ReadString(), Location()) : null;

        private Located<string>[] Texts()
        {
            var values = new Located<string>[r.ReadInt32()];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = Text() ?? throw new FormatException("a list item is missing");
            }

            return values;
        }

        private Located<ContentDate>? Date()
        {
            if (!r.ReadBoolean()) return null;
            var ticks = r.ReadInt64();
            var offset = TimeSpan.FromMinutes(r.ReadInt16());
            return new Located<ContentDate>(
                new ContentDate(new DateTimeOffset(ticks, offset), r.ReadBoolean()), Location());
        }
    }
}
