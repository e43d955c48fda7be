using System.Text.RegularExpressions;

namespace StaticSite.Content;

/// <summary>English names of the languages reports are translated from, so pages say "Korean" rather than
/// "ko".</summary>
internal static class LanguageNames
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ar"] = "Arabic", ["de"] = "German", ["en"] = "English", ["es"] = "Spanish", ["fr"] = "French",
        ["it"] = "Italian", ["ja"] = "Japanese", ["ko"] = "Korean", ["mn"] = "Mongolian", ["pt"] = "Portuguese",
        ["ru"] = "Russian", ["uk"] = "Ukrainian", ["vi"] = "Vietnamese", ["zh"] = "Chinese",
        ["zh-hans"] = "Chinese (Simplified)", ["zh-hant"] = "Chinese (Traditional)",
    };

    private static readonly Dictionary<string, string> NativeNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["de"] = "Deutsch", ["en"] = "English", ["es"] = "Español", ["fr"] = "Français", ["ja"] = "日本語",
        ["ko"] = "한국어", ["ru"] = "Русский", ["zh"] = "中文", ["vi"] = "Tiếng Việt", ["uk"] = "Українська",
    };

    /// <summary>The language's name in itself (한국어 for ko), for language switchers; the English name when
    /// unknown.</summary>
    public static string Native(string code) => NativeNames.TryGetValue(code, out var name) ? name : Of(code);

    /// <summary>The name of a language as a page in <paramref name="pageLanguage"/> shows it: in itself when they match
    /// (한국어 on a Korean page), otherwise in English.</summary>
    public static string In(string code, string pageLanguage) => code == pageLanguage ? Native(code) : Of(code);

    /// <summary>The English name of a language code (Korean for ko), or the code itself when it is not in the
    /// table.</summary>
    public static string Of(string code) => Names.TryGetValue(code, out var name) ? name : code;

    /// <summary>Whether the code looks like a BCP 47 language tag (for example <c>ko</c> or <c>zh-Hant</c>).</summary>
    public static bool IsValidCode(string code) =>
        Regex.IsMatch(code, "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$");

    private static readonly Dictionary<string, string> Locales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["de"] = "de_DE", ["en"] = "en_US", ["es"] = "es_ES", ["fr"] = "fr_FR", ["ja"] = "ja_JP", ["ko"] = "ko_KR",
        ["ru"] = "ru_RU", ["uk"] = "uk_UA", ["vi"] = "vi_VN", ["zh"] = "zh_CN", ["zh-hans"] = "zh_CN",
        ["zh-hant"] = "zh_TW",
    };

    /// <summary>The OpenGraph locale of a language (<c>ko_KR</c> for ko); the code with an underscore when it is not in
    /// the table.</summary>
    public static string Locale(string code) => Locales.TryGetValue(code, out var locale) ? locale
        : code.Replace('-', '_');
}
