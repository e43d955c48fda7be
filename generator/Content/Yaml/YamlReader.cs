using System.Diagnostics;
using System.Reflection;
using StaticSite.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace StaticSite.Content.Yaml;

/// <summary>Parses YAML into located <see cref="YamlValue"/> nodes, refusing anchors, aliases, deep nesting and
/// duplicate keys.</summary>
internal static class YamlReader
{
    /// <summary>How deep lists and mappings may nest; real front matter needs three levels.</summary>
    public const int MaxDepth = 32;

    /// <summary>Reads one YAML document; <paramref name="lineOffset"/> is added to every line so positions refer to the
    /// whole file. An empty text is an empty mapping; returns null only after reporting an error.</summary>
    public static YamlValue? Read(string text, string path, int lineOffset, DiagnosticBag diagnostics)
    {
        if (!YamlText.CheckCharacters(text, path, lineOffset, diagnostics)) return null;
        var parser = new Parser(new StringReader(text));
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                return new YamlMapping([], new SourceLocation(path, 1 + lineOffset, 1));
            }

            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, path, lineOffset, 0, diagnostics);
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
            {
                diagnostics.Error(At(path, lineOffset, parser.Current!.Start),
                    "only one YAML document is allowed here");
                return null;
            }

            return root;
        }
        catch (YamlException e)
        {
            if (YamlText.IndentationTab(text, (int)Math.Max(e.Start.Line, e.End.Line) + 1) is var (line, column))
            {
                diagnostics.Error(new SourceLocation(path, line + lineOffset, column),
                    "indent with spaces, not tabs: YAML does not allow a tab in the indentation of a line");
                return null;
            }

            diagnostics.Error(At(path, lineOffset, e.Start), $"YAML syntax error: {YamlText.Explain(Describe(e))}");
            return null;
        }
        catch (RejectedYaml e)
        {
            diagnostics.Error(e.At, e.Message);
            return null;
        }
        catch (ArgumentOutOfRangeException e) when (e.ParamName is "lowSurrogate" or "highSurrogate")
        {
            var at = parser.Current is { } last ? At(path, lineOffset, last.Start)
                : new SourceLocation(path, 1 + lineOffset, 1);
            diagnostics.Error(at, "YAML syntax error: a \\u escape in a quoted value here names half a character (a " +
                "\\uD800-\\uDBFF escape must be followed by a \\uDC00-\\uDFFF one); write the character itself");
            return null;
        }
        catch (ArgumentException e) when (ThrownByYamlDotNet(e))
        {
            var at = parser.Current is { } last ? At(path, lineOffset, last.Start)
                : new SourceLocation(path, 1 + lineOffset, 1);
            diagnostics.Error(at, $"YAML syntax error: {e.Message.Split(" (Parameter", 2)[0].TrimEnd('.')} (after " +
                $"this point)");
            return null;
        }
        catch (InvalidOperationException)
        {
            var at = parser.Current is { } last ? At(path, lineOffset, last.Start)
                : new SourceLocation(path, 1 + lineOffset, 1);
            diagnostics.Error(at, "YAML syntax error: a value here is not closed or not well formed (check brackets, " +
                "quotes and colons)");
            return null;
        }
    }

    /// <summary>Whether YamlDotNet itself (not this reader) threw <paramref name="e"/>: it refuses some malformed
    /// input, such as a tag that is not a URI, with an argument exception instead of a <see
    /// cref="YamlException"/>.</summary>
    private static bool ThrownByYamlDotNet(Exception e) =>
        new StackTrace(e).GetFrames()
            .Select(f => DiagnosticMethodInfo.Create(f)?.DeclaringAssemblyName is { } name
                ? new AssemblyName(name).Name : null)
            .FirstOrDefault(a => a is not null && a != CoreLibrary) == YamlLibrary;

    private static readonly string? CoreLibrary = typeof(object).Assembly.GetName().Name;
    private static readonly string? YamlLibrary = typeof(Parser).Assembly.GetName().Name;

    private static YamlValue ReadNode(IParser parser, string path, int lineOffset, int depth, DiagnosticBag diagnostics)
    {
        var current = parser.Current ?? throw new RejectedYaml(SourceLocation.FileOnly(path), "unexpected end of YAML");
        var at = At(path, lineOffset, current.Start);
        if (depth > MaxDepth) throw new RejectedYaml(at, $"YAML nests deeper than {MaxDepth} levels");
        if (current is AnchorAlias)
        {
            throw new RejectedYaml(at, "YAML aliases (*name) are not allowed; write the value out");
        }

        if (current is NodeEvent { Anchor.IsEmpty: false })
        {
            throw new RejectedYaml(at, "YAML anchors (&name) are not allowed; write the value out");
        }

        switch (current)
        {
            case Scalar scalar:
                if (UnsafeCharacter(scalar.Value) is { } bad)
                {
                    throw new RejectedYaml(at, $"the value contains the control character U+{(int)bad:X4}, which no " +
                        $"page, feed or sitemap can carry; remove it");
                }

                parser.MoveNext();
                return new YamlScalar(scalar.Value, scalar.Style == ScalarStyle.Plain, at);
            case SequenceStart:
                return ReadSequence(parser, path, lineOffset, depth, at, diagnostics);
            case MappingStart:
                return ReadMapping(parser, path, lineOffset, depth, at, diagnostics);
            default:
                throw new RejectedYaml(at, $"unexpected YAML element {current.GetType().Name}");
        }
    }

    private static YamlSequence ReadSequence(IParser parser, string path, int lineOffset, int depth, SourceLocation at,
        DiagnosticBag diagnostics)
    {
        parser.MoveNext();
        var items = new List<YamlValue>();
        while (!parser.TryConsume<SequenceEnd>(out _))
        {
            items.Add(ReadNode(parser, path, lineOffset, depth + 1, diagnostics));
        }

        return new YamlSequence(items, at);
    }

    /// <summary>A mapping's entries in document order; a repeated key is an error and its later value is left
    /// out.</summary>
    private static YamlMapping ReadMapping(IParser parser, string path, int lineOffset, int depth, SourceLocation at,
        DiagnosticBag diagnostics)
    {
        parser.MoveNext();
        var entries = new List<YamlEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var keyNode = ReadNode(parser, path, lineOffset, depth + 1, diagnostics);
            var value = ReadNode(parser, path, lineOffset, depth + 1, diagnostics);
            if (keyNode is not YamlScalar key) throw new RejectedYaml(keyNode.At, "a key must be a single value");
            if (!seen.Add(key.Value))
            {
                diagnostics.Error(key.At, $"duplicate key '{key.Value}'");
                continue;
            }

            entries.Add(new YamlEntry(key.Value, key.At, value));
        }

        return new YamlMapping(entries, at);
    }

    private static char? UnsafeCharacter(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }

            var unsafeCharacter = (char.IsControl(c) && c is not ('\t' or '\n' or '\r')) || char.IsSurrogate(c)
                || c is '\ufffe' or '\uffff';
            if (unsafeCharacter)
            {
                return c;
            }
        }

        return null;
    }

    private static SourceLocation At(string path, int lineOffset, Mark mark) =>
        new(path, Math.Max(1, (int)mark.Line) + lineOffset, Math.Max(1, (int)mark.Column));

    private static string Describe(YamlException e)
    {
        var message = e.InnerException?.Message ?? e.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith('(') && close > 0) message = message[(close + 3)..];
        return message.TrimEnd('.');
    }

    private sealed class RejectedYaml(SourceLocation at, string message) : Exception(message)
    {
        public SourceLocation At { get; } = at;
    }
}
