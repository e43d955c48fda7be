namespace StaticSite.Content;

/// <summary>Settings from <c>site.yml</c>: the site's name, address, language and list size.</summary>
internal sealed record SiteConfig(
    string Title,
    string Description,
    Uri BaseUrl,
    string Language,
    IReadOnlyList<string> Languages,
    int PageSize)
{
    /// <summary>The path part of <see cref="BaseUrl"/>, always starting and ending with '/' (for example
    /// <c>/reports/</c>).</summary>
    public string BasePath => BaseUrl.AbsolutePath.EndsWith('/') ? BaseUrl.AbsolutePath : BaseUrl.AbsolutePath + "/";

    /// <summary>The field names <c>site.yml</c> may have.</summary>
    public static readonly string[] FieldNames = ["title", "description", "base_url", "language", "languages",
        "page_size"];
}
