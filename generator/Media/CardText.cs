namespace StaticSite.Media;

/// <summary>What a social card says: the site's name above, the title (wrapped), and a line of who published and
/// translated the report below.</summary>
/// <param name="SiteName">The site's name.</param>
/// <param name="Title">The article's (or the site's) title.</param>
/// <param name="Footer">The line under the title, such as "Daily NK · Translated by Yongmin Lee".</param>
internal sealed record CardText(string SiteName, string Title, string Footer);
