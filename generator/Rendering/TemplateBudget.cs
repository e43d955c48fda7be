using System.Globalization;
using StaticSite.Content;

namespace StaticSite.Rendering;

/// <summary>How long templates may run: per page (a page whose templates run longer fails at the template line that
/// was running) and per build, summed over all pages on all threads (past it, the page running fails and the pages
/// not yet rendered are not), so a slow template on every page of a large site ends the build in minutes rather than
/// hours. Time is processor time (<see cref="TemplateClock"/>), so a loaded machine does not fail a normal build; only
/// whether a build fails, never its output, depends on it.</summary>
internal sealed class TemplateBudget(TimeSpan perPage, TimeSpan perBuild)
{
    private readonly long _perPage = Ticks(perPage);
    private readonly long _perBuild = Ticks(perBuild);
    private long _used;

    /// <summary>The budget of a build of <paramref name="pages"/> pages (<see cref="ContentLimits"/>).</summary>
    public static TemplateBudget For(int pages) =>
        new(ContentLimits.TemplateTimePerPage, ContentLimits.TemplateTimePerBuild(pages));

    /// <summary>The limit per page.</summary>
    public TimeSpan PerPage => perPage;

    /// <summary>Whether the pages rendered so far used up the budget of the build.</summary>
    public bool Exhausted => Volatile.Read(ref _used) > _perBuild;

    /// <summary>Adds the time a page's templates took.</summary>
    public void Spend(long elapsed) => Interlocked.Add(ref _used, elapsed);

    /// <summary>How long a page that just started may run before it can be over either limit: processor time never
    /// runs faster than the wall clock, so until this much wall time has passed there is no need to read the
    /// (costlier) processor clock.</summary>
    public long Headroom => Math.Min(_perPage, _perBuild - Volatile.Read(ref _used));

    /// <summary>Why a page whose templates started at <paramref name="pageStart"/> must stop now, or null when it may
    /// go on.</summary>
    public string? Overrun(long pageStart)
    {
        var page = TemplateClock.Now() - pageStart;
        if (page > _perPage)
        {
            return $"the templates of this page ran longer than {Seconds(perPage)} s, the limit for one page " +
                "(docs/OPERATIONS.md)";
        }

        return Volatile.Read(ref _used) + page > _perBuild ? Exceeded : null;
    }

    /// <summary>The message for the pages of a build whose budget ran out.</summary>
    public string Exceeded => $"the templates of this build ran longer than {Seconds(perBuild)} s in all, the limit " +
        "for a site of this size (docs/OPERATIONS.md); pages not rendered by then were left out";

    private static long Ticks(TimeSpan span) => span.Ticks * 100;

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);
}
