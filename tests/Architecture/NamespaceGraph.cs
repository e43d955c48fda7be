using System.Reflection;
using System.Reflection.Emit;

namespace StaticSite.Tests.Architecture;

/// <summary>Which of the generator's namespaces use which, read from the compiled assembly: every type's signatures and every
/// method body's instructions (the types, methods and fields they name), so a dependency through a local variable or a
/// static call counts as much as one through a field.</summary>
public static class NamespaceGraph
{
    private static readonly Dictionary<short, OperandType> Operands = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value, o => o.OperandType);

    /// <summary>Each namespace of the generator with the other namespaces of the generator its types use.</summary>
    public static IReadOnlyDictionary<string, SortedSet<string>> Of(Assembly assembly)
    {
        var graph = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var type in assembly.GetTypes())
        {
            if (Namespace(type) is not { } from) continue;
            if (!graph.TryGetValue(from, out var uses)) graph[from] = uses = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var used in UsedTypes(type))
            {
                if (Namespace(used) is { } to && to != from) uses.Add(to);
            }
        }

        return graph;
    }

    private static string? Namespace(Type type)
    {
        while (type.IsArray || type.IsByRef || type.IsPointer) type = type.GetElementType()!;
        var name = type.Namespace;
        return name is not null && name.StartsWith("StaticSite", StringComparison.Ordinal) ? name : null;
    }

    private static IEnumerable<Type> UsedTypes(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static
            | BindingFlags.DeclaredOnly;
        var found = new List<Type>();
        if (type.BaseType is { } baseType) found.Add(baseType);
        found.AddRange(type.GetInterfaces());
        found.AddRange(type.GetFields(all).Select(f => f.FieldType));
        found.AddRange(type.GetProperties(all).Select(p => p.PropertyType));
        foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
        {
            if (method is MethodInfo info) found.Add(info.ReturnType);
            found.AddRange(method.GetParameters().Select(p => p.ParameterType));
            found.AddRange(BodyTypes(method));
        }

        return found.SelectMany(Expand);
    }

    private static IEnumerable<Type> Expand(Type type)
    {
        yield return type;
        if (type.HasElementType) foreach (var inner in Expand(type.GetElementType()!)) yield return inner;
        if (!type.IsGenericType) yield break;
        foreach (var argument in type.GetGenericArguments().Where(a => !a.IsGenericParameter))
        {
            foreach (var inner in Expand(argument)) yield return inner;
        }
    }

    private static IEnumerable<Type> BodyTypes(MethodBase method)
    {
        var body = method.GetMethodBody();
        if (body is null) yield break;
        foreach (var local in body.LocalVariables) yield return local.LocalType;
        var il = body.GetILAsByteArray() ?? [];
        var typeArguments = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var i = 0; i < il.Length;)
        {
            var code = il[i] == 0xFE ? (short)(0xFE00 | il[i + 1]) : il[i];
            i += il[i] == 0xFE ? 2 : 1;
            var operand = Operands[code];
            if (operand is OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok)
            {
                var member = Resolve(method.Module, BitConverter.ToInt32(il, i), typeArguments, methodArguments);
                if (member is Type t) yield return t;
                else if (member?.DeclaringType is { } owner) yield return owner;
            }

            i += Size(operand, il, i);
        }
    }

    private static MemberInfo? Resolve(Module module, int token, Type[]? typeArguments, Type[]? methodArguments)
    {
        try
        {
            return module.ResolveMember(token, typeArguments, methodArguments);
        }
        catch (Exception e) when (e is ArgumentException or BadImageFormatException or TypeLoadException)
        {
            return null;
        }
    }

    private static int Size(OperandType operand, byte[] il, int at) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, at),
        _ => 4,
    };
}
