using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text.RegularExpressions;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using StaticSite.Diagnostics;

namespace StaticSite.Rendering;

/// <summary>Gives templates the members of one page-model type, with the names and values Scriban's reflection accessor
/// gives, but read through typed delegates made once per type, because a reflection call per member read is slow under
/// Native AOT.</summary>
/// <typeparam name="T">The model type, a reference type whose public properties templates read.</typeparam>
internal sealed class ModelAccessor<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] T>
    : IObjectAccessor
    where T : class
{
    private static readonly object True = true;
    private static readonly object False = false;
    private readonly Dictionary<string, Func<T, object?>> _getters;

    /// <summary>The accessor for <typeparamref name="T"/>, made on first use.</summary>
    public static ModelAccessor<T> Instance { get; } = new();

    private ModelAccessor()
    {
        _getters = new Dictionary<string, Func<T, object?>>(StringComparer.Ordinal);
        foreach (var property in typeof(T).GetProperties(BindingFlags.Instance | BindingFlags.Public))
        {
            if (property.GetMethod is not { IsPublic: true, IsStatic: false } getter
                || property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            if (property.GetCustomAttribute<ScriptMemberIgnoreAttribute>() is not null) continue;
            var name = StandardMemberRenamer.Default(property);
            _getters.TryAdd(string.IsNullOrEmpty(name) ? property.Name : name, Getter(property, getter));
        }
    }

    /// <summary>The names templates can read, in no particular order.</summary>
    public IReadOnlyCollection<string> Names => _getters.Keys;

    private static Func<T, object?> Getter(PropertyInfo property, MethodInfo getter)
    {
        if (!property.PropertyType.IsValueType) return getter.CreateDelegate<Func<T, object?>>();
        if (property.PropertyType == typeof(bool))
        {
            var read = getter.CreateDelegate<Func<T, bool>>();
            return model => read(model) ? True : False;
        }

        if (property.PropertyType == typeof(int))
        {
            var read = getter.CreateDelegate<Func<T, int>>();
            return model => read(model);
        }

        return property.GetValue;
    }

    /// <inheritdoc />
    public bool HasIndexer => false;

    /// <inheritdoc />
    public Type? IndexType => null;

    /// <inheritdoc />
    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => _getters.Count;

    /// <inheritdoc />
    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => _getters.Keys;

    /// <inheritdoc />
    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) =>
        _getters.ContainsKey(member);

    /// <inheritdoc />
    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        if (_getters.TryGetValue(member, out var get))
        {
            value = get((T)target);
            return true;
        }

        throw new ScriptRuntimeException(span, UnknownMember(member));
    }

    /// <summary>What a template is told when it reads a member the model does not have: the members it does have, the
    /// closest first when one is close.</summary>
    private string UnknownMember(string member)
    {
        var names = string.Join(", ", _getters.Keys.Order(StringComparer.Ordinal));
        return $"'{member}' is not a member of {ModelName}{Suggestions.DidYouMean(member, _getters.Keys)}; its " +
            $"members are: {names}";
    }

    /// <summary>The model's name in words, with its type name (<c>the list page model (ListPageModel)</c>).</summary>
    private static string ModelName { get; } =
        $"the {Regex.Replace(typeof(T).Name, "(?<=[a-z])(?=[A-Z])", " ").ToLowerInvariant()} ({typeof(T).Name})";

    /// <inheritdoc />
    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) =>
        false;

    /// <inheritdoc />
    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value)
    {
        value = null;
        return false;
    }

    /// <inheritdoc />
    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) =>
        false;
}
