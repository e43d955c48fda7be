namespace StaticSite.Tests.Browser;

/// <summary>The browser checks share one site, server and Chromium, and run one after another (the machine may have two cores).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Browser";
}
