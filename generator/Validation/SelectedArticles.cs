using StaticSite.Content;

namespace StaticSite.Validation;

/// <summary>The validate step's result: the articles this build publishes, newest first, the earliest date of a valid
/// article left out because it lies in the future (when the site will next change by itself) and how many were left
/// out so.</summary>
internal sealed record SelectedArticles(IReadOnlyList<Article> Articles, DateTimeOffset? NextDue, int FutureCount = 0);
