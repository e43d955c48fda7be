namespace StaticSite.Search;

/// <summary>The (term id, score) pairs of one article as packed by <see cref="SearchTermStore"/>, read one after the
/// other without unpacking them into an array.</summary>
internal readonly struct Pairs(byte[] packed)
{
    /// <summary>Starts reading the pairs.</summary>
    public Enumerator GetEnumerator() => new(packed);

    /// <summary>Reads packed pairs.</summary>
    public struct Enumerator(byte[] packed)
    {
        private int _position;
        private int _id;

        /// <summary>The pair read last.</summary>
        public (int Id, int Score) Current { get; private set; }

        /// <summary>Reads the next pair; false after the last.</summary>
        public bool MoveNext()
        {
            if (_position >= packed.Length) return false;
            _id += VarInt.Read(packed, ref _position);
            Current = (_id, VarInt.Read(packed, ref _position));
            return true;
        }
    }
}
