namespace StaticSite.Pipeline;

/// <summary>How long one step of a build took, in wall time, in processor time of the whole process (twice the wall
/// time means two cores were busy) and in bytes allocated, for <c>--timings</c> and benchmark reports.</summary>
internal sealed record StepTiming(string Step, TimeSpan Elapsed, TimeSpan Processor, long AllocatedBytes);
