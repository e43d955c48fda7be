using System.CommandLine;
using StaticSite.Pipeline;

namespace StaticSite.Cli;

/// <summary>The options every site command shares (content, templates, base URL, drafts, future), declared
/// once.</summary>
internal sealed class SiteOptions
{
    public Option<string> Content { get; } = new(
        "--content") { Description = "The content folder (site.yml, sources.yml, topics.yml, articles/, media/)",
            DefaultValueFactory = _ => "content" };
    public Option<string> Templates { get; } = new(
        "--templates") { Description = "The templates folder (layouts/, pages/, partials/, assets/)",
            DefaultValueFactory = _ => "templates" };
    public Option<string?> BaseUrl { get; } = new(
        "--base-url") { Description = "Overrides base_url from site.yml (absolute http(s) address)" };
    public Option<bool> Drafts { get; } = new("--drafts") { Description = "Include articles marked draft: true" };
    public Option<bool> Future { get; } = new("--future") { Description = "Include articles dated in the future" };

    /// <summary>Adds the shared options to a command.</summary>
    public void AddTo(Command command)
    {
        command.Add(Content);
        command.Add(Templates);
        command.Add(BaseUrl);
        command.Add(Drafts);
        command.Add(Future);
    }

    /// <summary>Reads the parsed values into build options; a malformed base URL is a usage error (null with a
    /// message).</summary>
    public BuildOptions? Read(ParseResult result, TextWriter error)
    {
        Uri? baseUrl = null;
        if (result.GetValue(BaseUrl) is { } text)
        {
            if (!Uri.TryCreate(text, UriKind.Absolute, out baseUrl) || baseUrl.Scheme is not ("http" or "https"))
            {
                error.WriteLine($"error: --base-url must be an absolute http(s) address, not '{text}'");
                return null;
            }

            if (!baseUrl.AbsolutePath.EndsWith('/')) baseUrl = new Uri(baseUrl.AbsoluteUri + "/");
        }

        var content = result.GetValue(Content)!;
        if (!Directory.Exists(content))
        {
            error.WriteLine($"error: the content folder '{content}' does not exist");
            return null;
        }

        var templates = result.GetValue(Templates)!;
        if (!Directory.Exists(templates))
        {
            error.WriteLine($"error: the templates folder '{templates}' does not exist");
            return null;
        }

        return new BuildOptions
        {
            ContentDir = content,
            TemplatesDir = templates,
            BaseUrl = baseUrl,
            Drafts = result.GetValue(Drafts),
            Future = result.GetValue(Future),
        };
    }
}
