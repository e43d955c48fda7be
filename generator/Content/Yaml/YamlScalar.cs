using StaticSite.Diagnostics;

namespace StaticSite.Content.Yaml;

/// <summary>A YAML scalar; <see cref="IsPlain"/> tells an unquoted <c>null</c> or <c>~</c> from the quoted
/// text.</summary>
internal sealed record YamlScalar(string Value, bool IsPlain, SourceLocation At) : YamlValue(At)
{
    /// <summary>Whether this scalar means "no value" (empty, <c>~</c> or <c>null</c> written without quotes).</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    /// <inheritdoc />
    public override string Kind => "a single value";
}
