using Scriban.Runtime;
using StaticSite.Rendering.Models;

namespace StaticSite.Rendering;

/// <summary>The typed member accessor of every page-model type templates read, so a template context never falls back
/// to reflection calls for them.</summary>
internal static class ModelAccessors
{
    private static readonly Dictionary<Type, IObjectAccessor> ByType = new()
    {
        [typeof(ArchivePageModel)] = ModelAccessor<ArchivePageModel>.Instance,
        [typeof(ArchiveYearModel)] = ModelAccessor<ArchiveYearModel>.Instance,
        [typeof(ArchivedCopyModel)] = ModelAccessor<ArchivedCopyModel>.Instance,
        [typeof(ArticleCardModel)] = ModelAccessor<ArticleCardModel>.Instance,
        [typeof(ArticlePageModel)] = ModelAccessor<ArticlePageModel>.Instance,
        [typeof(AssetModel)] = ModelAccessor<AssetModel>.Instance,
        [typeof(CorrectionEntryModel)] = ModelAccessor<CorrectionEntryModel>.Instance,
        [typeof(CorrectionModel)] = ModelAccessor<CorrectionModel>.Instance,
        [typeof(CorrectionsPageModel)] = ModelAccessor<CorrectionsPageModel>.Instance,
        [typeof(DateModel)] = ModelAccessor<DateModel>.Instance,
        [typeof(DirectoryEntryModel)] = ModelAccessor<DirectoryEntryModel>.Instance,
        [typeof(DirectoryPageModel)] = ModelAccessor<DirectoryPageModel>.Instance,
        [typeof(ImageModel)] = ModelAccessor<ImageModel>.Instance,
        [typeof(LanguageLinkModel)] = ModelAccessor<LanguageLinkModel>.Instance,
        [typeof(LinkModel)] = ModelAccessor<LinkModel>.Instance,
        [typeof(ListPageModel)] = ModelAccessor<ListPageModel>.Instance,
        [typeof(NotFoundPageModel)] = ModelAccessor<NotFoundPageModel>.Instance,
        [typeof(PageLinkModel)] = ModelAccessor<PageLinkModel>.Instance,
        [typeof(PaginationModel)] = ModelAccessor<PaginationModel>.Instance,
        [typeof(PictureModel)] = ModelAccessor<PictureModel>.Instance,
        [typeof(ProvenanceModel)] = ModelAccessor<ProvenanceModel>.Instance,
        [typeof(RevisionModel)] = ModelAccessor<RevisionModel>.Instance,
        [typeof(SearchPageModel)] = ModelAccessor<SearchPageModel>.Instance,
        [typeof(SiteModel)] = ModelAccessor<SiteModel>.Instance,
        [typeof(WithdrawnPageModel)] = ModelAccessor<WithdrawnPageModel>.Instance,
        [typeof(SocialImageModel)] = ModelAccessor<SocialImageModel>.Instance,
    };

    /// <summary>The model types that have a typed accessor.</summary>
    public static IReadOnlyCollection<Type> Types => ByType.Keys;

    /// <summary>The typed accessor for <paramref name="type"/>, or null when it is not a page-model type.</summary>
    public static IObjectAccessor? For(Type type) => ByType.GetValueOrDefault(type);
}
