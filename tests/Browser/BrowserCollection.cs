namespace StaticSite.Tests.Browser;

/// <summary>The browser checks share one site, server and Chromium, and run alone, after the other tests, so a busy two-core machine does not starve Chromium.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Browser";
}
