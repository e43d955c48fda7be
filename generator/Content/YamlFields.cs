using System.Globalization;
using StaticSite.Content.Yaml;
using StaticSite.Diagnostics;

namespace StaticSite.Content;

/// <summary>Reads typed fields out of a <see cref="YamlMapping"/>, reporting a wrong type or an unknown key at its
/// position.</summary>
internal sealed class YamlFields(YamlMapping mapping, DiagnosticBag diagnostics, string what)
{
    private readonly HashSet<string> _rejected = new(StringComparer.Ordinal);

    /// <summary>The keys whose value was reported as the wrong type or format.</summary>
    public IReadOnlySet<string> Rejected => _rejected;

    /// <summary>The mapping being read.</summary>
    public YamlMapping Mapping => mapping;

    /// <summary>Warns about keys that are not in <paramref name="known"/>, suggesting the closest one.</summary>
    public void WarnUnknown(params string[] known)
    {
        foreach (var entry in mapping.Entries)
        {
            if (Array.IndexOf(known, entry.Key) < 0)
            {
                diagnostics.Warning(entry.KeyAt,
                    $"unknown field '{entry.Key}' in {what}{Suggestions.DidYouMean(entry.Key, known)}");
            }
        }
    }

    /// <summary>A text field, or null when absent or empty.</summary>
    public Located<string>? Text(string key)
    {
        var entry = mapping.Find(key);
        if (entry is null) return null;
        if (entry.Value is YamlScalar scalar)
        {
            if (scalar.IsNull) return null;
            return new Located<string>(scalar.Value.Trim(), scalar.At);
        }

        _rejected.Add(key);
        diagnostics.Error(entry.Value.At, $"'{key}' must be text, but it is {entry.Value.Kind}");
        return null;
    }

    /// <summary>A date field (ISO 8601), or null when absent, empty or invalid (invalid is reported).</summary>
    public Located<ContentDate>? Date(string key)
    {
        var text = Text(key);
        if (text is null) return null;
        if (ContentDate.TryParse(text.Value.Value, out var date)) return new Located<ContentDate>(date, text.Value.At);
        _rejected.Add(key);
        diagnostics.Error(text.Value.At,
            $"'{key}' must be an ISO 8601 date such as 2021-06-09 or 2021-06-09T08:30:00+09:00, not " +
                $"'{text.Value.Value}'");
        return null;
    }

    /// <summary>A true/false field; absent means false.</summary>
    public bool Flag(string key)
    {
        var text = Text(key);
        if (text is null) return false;
        switch (text.Value.Value)
        {
            case "true" or "True" or "TRUE" or "yes": return true;
            case "false" or "False" or "FALSE" or "no": return false;
            default:
                diagnostics.Error(text.Value.At, $"'{key}' must be true or false, not '{text.Value.Value}'");
                return false;
        }
    }

    /// <summary>A whole number field, or null.</summary>
    public Located<int>? Number(string key)
    {
        var text = Text(key);
        if (text is null) return null;
        if (int.TryParse(text.Value.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return new Located<int>(n, text.Value.At);
        }

        diagnostics.Error(text.Value.At, $"'{key}' must be a whole number, not '{text.Value.Value}'");
        return null;
    }

    /// <summary>A list of texts; a single text is accepted as a one-item list.</summary>
    public IReadOnlyList<Located<string>> TextList(string key)
    {
        var entry = mapping.Find(key);
        if (entry is null) return [];
        switch (entry.Value)
        {
            case YamlScalar scalar:
                return scalar.IsNull ? [] : [new Located<string>(scalar.Value.Trim(), scalar.At)];
            case YamlSequence sequence:
                var items = new List<Located<string>>();
                foreach (var item in sequence.Items)
                {
                    if (item is YamlScalar { IsNull: false } s && s.Value.Trim().Length > 0)
                    {
                        items.Add(new Located<string>(s.Value.Trim(), s.At));
                    }
                    else
                    {
                        diagnostics.Error(item.At, $"each item of '{key}' must be non-empty text, but this one is " +
                            $"{(item is YamlScalar ? "empty" : item.Kind)}");
                    }
                }

                return items;
            default:
                _rejected.Add(key);
                diagnostics.Error(entry.Value.At, $"'{key}' must be a list, but it is {entry.Value.Kind}");
                return [];
        }
    }

    /// <summary>A nested mapping, or null when absent; a value of another shape is reported.</summary>
    public YamlFields? Nested(string key, string nestedWhat)
    {
        var entry = mapping.Find(key);
        if (entry is null) return null;
        if (entry.Value is YamlMapping nested) return new YamlFields(nested, diagnostics, nestedWhat);
        if (entry.Value is YamlScalar { IsNull: true }) return null;
        _rejected.Add(key);
        diagnostics.Error(entry.Value.At, $"'{key}' must be a mapping of fields, but it is {entry.Value.Kind}");
        return null;
    }

    /// <summary>A list of mappings (such as corrections); other items are reported.</summary>
    public IReadOnlyList<YamlFields> NestedList(string key, string itemWhat)
    {
        var entry = mapping.Find(key);
        if (entry is null || entry.Value is YamlScalar { IsNull: true }) return [];
        if (entry.Value is not YamlSequence sequence)
        {
            diagnostics.Error(entry.Value.At, $"'{key}' must be a list, but it is {entry.Value.Kind}");
            return [];
        }

        var result = new List<YamlFields>();
        foreach (var item in sequence.Items)
        {
            if (item is YamlMapping m) result.Add(new YamlFields(m, diagnostics, itemWhat));
            else diagnostics.Error(item.At,
                $"each item of '{key}' must be a mapping of fields, but this one is {item.Kind}");
        }

        return result;
    }

    /// <summary>The location of the key itself, for "missing field" and whole-field messages.</summary>
    public SourceLocation KeyAt(string key) => mapping.Find(key)?.KeyAt ?? mapping.At;
}
