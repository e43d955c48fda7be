using System.Buffers;
using StaticSite.Content;

namespace StaticSite.Validation;

/// <summary>Finds the variants of a glossary's entries in a text, in one pass however many entries there are: the
/// framework's multi-string search (<see cref="SearchValues{T}"/> of strings, an Aho–Corasick automaton with
/// vectorized prefilters) finds where a form may start, and a trie of the case-folded forms tells which forms start
/// there. A match must stand alone as words (no letter or digit on either side); the longest form wins, so a variant
/// inside a preferred form (<c>Workers' Party</c> inside <c>Workers' Party of Korea</c>) is not flagged. Curly
/// apostrophes, non-breaking hyphens and spaces count as their plain forms, so smart punctuation never hides a
/// variant.</summary>
internal sealed class GlossaryMatcher
{
    private static readonly SearchValues<char> Unusual = SearchValues.Create("\u2018\u2019\u02BC\u2010\u2011\u00A0");
    private readonly SearchValues<string>? _starts;
    private readonly Node _root = new();

    private sealed class Node
    {
        public Dictionary<char, Node>? Next { get; set; }
        public List<Form>? Forms { get; set; }
    }

    /// <summary>One form of an entry; preferred forms match whatever the case and are listed first at a node.</summary>
    private sealed record Form(string Text, GlossaryEntry Entry, bool IsVariant);

    /// <summary>A matcher for every preferred form and variant of <paramref name="entries"/>.</summary>
    public GlossaryMatcher(IReadOnlyList<GlossaryEntry> entries)
    {
        var forms = new List<string>();
        foreach (var entry in entries)
        {
            foreach (var (text, isVariant) in entry.Variants.Select(v => (v, true)).Prepend((entry.Preferred, false)))
            {
                var normalized = Normalize(text);
                if (normalized.Length == 0) continue;
                forms.Add(normalized);
                var node = _root;
                foreach (var c in normalized)
                {
                    node.Next ??= [];
                    var folded = char.ToUpperInvariant(c);
                    if (!node.Next.TryGetValue(folded, out var next)) node.Next[folded] = next = new Node();
                    node = next;
                }

                node.Forms ??= [];
                var form = new Form(normalized, entry, isVariant);
                if (isVariant) node.Forms.Add(form);
                else node.Forms.Insert(node.Forms.TakeWhile(f => !f.IsVariant).Count(), form);
            }
        }

        if (forms.Count > 0)
        {
            _starts = SearchValues.Create(forms.Distinct(StringComparer.OrdinalIgnoreCase).ToArray(),
                StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>Every variant in <paramref name="text"/>, in order, as positions in <paramref name="text"/>.</summary>
    public List<GlossaryMatch> Find(string text)
    {
        var found = new List<GlossaryMatch>();
        if (_starts is null) return found;
        var span = Normalize(text).AsSpan();
        var position = 0;
        while (position < span.Length)
        {
            var at = span[position..].IndexOfAny(_starts);
            if (at < 0) break;
            var start = position + at;
            var (length, form) = Longest(span, start);
            if (form is null)
            {
                position = start + 1;
                continue;
            }

            if (form.IsVariant) found.Add(new GlossaryMatch(start, length, form.Entry));
            position = start + length;
        }

        return found;
    }

    /// <summary>The text with curly apostrophes, non-breaking hyphens and non-breaking spaces made plain, character
    /// for character (so positions stay the same).</summary>
    public static string Normalize(string text)
    {
        if (text.AsSpan().IndexOfAny(Unusual) < 0) return text;
        return string.Create(text.Length, text, (chars, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                chars[i] = source[i] switch
                {
                    '\u2018' or '\u2019' or '\u02BC' => '\'',
                    '\u2010' or '\u2011' => '-',
                    '\u00A0' => ' ',
                    var c => c,
                };
            }
        });
    }

    /// <summary>The longest form that starts at <paramref name="start"/> as whole words, or no form.</summary>
    private (int Length, Form? Form) Longest(ReadOnlySpan<char> text, int start)
    {
        if (start > 0 && char.IsLetterOrDigit(text[start - 1])) return (0, null);
        Form? best = null;
        var bestLength = 0;
        var node = _root;
        for (var i = start; i < text.Length; i++)
        {
            if (node.Next is null || !node.Next.TryGetValue(char.ToUpperInvariant(text[i]), out node)) break;
            if (node.Forms is null || (i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))) continue;
            var slice = text[start..(i + 1)];
            foreach (var form in node.Forms)
            {
                if (!form.IsVariant || form.Entry.IgnoreCase || slice.SequenceEqual(form.Text))
                {
                    best = form;
                    bestLength = i + 1 - start;
                    break;
                }
            }
        }

        return (bestLength, best);
    }
}
