namespace StaticSite.Output;

/// <summary>Walks the double-quoted <c>href</c> values of a page, then its <c>src</c> values, as ranges over the page,
/// without allocating (see <see cref="HtmlLinks.Ranges"/>).</summary>
internal ref struct TargetRangeEnumerator
{
    private readonly ReadOnlySpan<char> _html;
    private int _attribute;
    private int _position;

    internal TargetRangeEnumerator(ReadOnlySpan<char> html) => _html = html;

    /// <summary>The range of the current attribute value.</summary>
    public Range Current { get; private set; }

    /// <summary>Lets <c>foreach</c> walk the ranges.</summary>
    public readonly TargetRangeEnumerator GetEnumerator() => this;

    /// <summary>Moves to the next attribute value; false after the last <c>src</c>.</summary>
    public bool MoveNext()
    {
        while (_attribute < 2)
        {
            var attribute = _attribute == 0 ? " href=\"" : " src=\"";
            var found = _html[_position..].IndexOf(attribute, StringComparison.Ordinal);
            if (found >= 0)
            {
                var start = _position + found + attribute.Length;
                var length = _html[start..].IndexOf('"');
                if (length >= 0)
                {
                    Current = start..(start + length);
                    _position = start + length;
                    return true;
                }
            }

            _attribute++;
            _position = 0;
        }

        return false;
    }
}
