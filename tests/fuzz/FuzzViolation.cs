namespace StaticSite.Fuzz;

/// <summary>Thrown when an input breaks a safety property without an exception of its own (unsafe markup, an internal error turned into a diagnostic), so the fuzzer records it as a crash.</summary>
public sealed class FuzzViolation(string message) : Exception(message);
