using AngleSharp.Html.Parser;
using StaticSite.Checks;
using StaticSite.Pipeline;

namespace StaticSite.Tests.Support;

/// <summary>An assertion, written apart from the generator's own auditor, that a built site carries no markup a contributor could have smuggled in.</summary>
internal static class SafeMarkup
{
    /// <summary>Checks every page independently of the auditor: no script but JSON-LD and the site's assets, no form but the search page's, no handlers, styles, frames or unsafe URLs, and feeds and sitemap are well-formed XML.</summary>
    public static void AssertNone(BuildResult result)
    {
        var parser = new HtmlParser();
        foreach (var file in result.Output!.Files)
        {
            var text = System.Text.Encoding.UTF8.GetString(file.ReadBytes());
            if (file.Path.EndsWith(".xml", StringComparison.Ordinal))
            {
                System.Xml.Linq.XDocument.Parse(text);
                continue;
            }

            if (!file.Path.EndsWith(".html", StringComparison.Ordinal)) continue;
            var document = parser.ParseDocument(text);
            foreach (var element in document.All)
            {
                Assert.DoesNotContain(element.LocalName, (string[])["iframe", "object", "embed", "style", "base", "frame", "svg", "math"]);
                if (element.LocalName == "form")
                {
                    Assert.True(file.Path.EndsWith("search/index.html", StringComparison.Ordinal) && element.GetAttribute("method") == "get" && element.GetAttribute("action")!.EndsWith("/search/", StringComparison.Ordinal),
                        $"/{file.Path} has a form other than the search page's: {element.OuterHtml[..Math.Min(120, element.OuterHtml.Length)]}");
                }

                if (element.LocalName == "script")
                {
                    Assert.True(element.GetAttribute("type") == "application/ld+json" || element.GetAttribute("src")?.StartsWith("/reports/assets/", StringComparison.Ordinal) == true,
                        $"/{file.Path} has a script: {element.OuterHtml}");
                }

                foreach (var attribute in element.Attributes)
                {
                    Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"/{file.Path} has {attribute.Name} on <{element.LocalName}>");
                    Assert.NotEqual("style", attribute.Name);
                    if (attribute.Name is "href" or "src" or "action" or "formaction" or "srcset" or "poster")
                    {
                        Assert.True(OutputAuditor.IsSafeUrl(attribute.Value), $"/{file.Path} has {attribute.Name}=\"{attribute.Value}\"");
                    }
                }
            }

            Assert.Empty(OutputAuditor.Findings(parser, text, "/reports/"));
        }
    }
}
