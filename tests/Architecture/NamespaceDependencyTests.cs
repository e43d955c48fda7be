using StaticSite.Pipeline;

namespace StaticSite.Tests.Architecture;

public sealed class NamespaceDependencyTests
{
    private static readonly IReadOnlyDictionary<string, SortedSet<string>> Graph = NamespaceGraph.Of(typeof(BuildOptions).Assembly);

    [Fact]
    public void No_namespace_of_the_generator_depends_on_itself_through_others()
    {
        var loops = Cycles(Graph).Select(c => string.Join(" -> ", c)).ToList();
        Assert.True(loops.Count == 0, "namespace loops:\n" + string.Join('\n', loops));
    }

    [Fact]
    public void Only_the_command_line_and_the_server_use_the_pipeline_and_only_the_entry_point_uses_the_command_line()
    {
        var wrong = Graph
            .SelectMany(p => p.Value.Select(to => (From: p.Key, To: to)))
            .Where(e => (e.To == "StaticSite.Pipeline" && e.From is not ("StaticSite.Cli" or "StaticSite.Serve"))
                || (e.To == "StaticSite.Cli" && e.From != "StaticSite"))
            .Select(e => $"{e.From} uses {e.To}")
            .ToList();
        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    [Fact]
    public void The_graph_sees_dependencies_through_method_bodies()
    {
        Assert.Contains("StaticSite.Content", Graph["StaticSite.Pipeline"]);
        Assert.Contains("StaticSite.Diagnostics", Graph["StaticSite.Content"]);
    }

    /// <summary>Every strongly connected group of more than one namespace, each listed from its smallest name.</summary>
    private static List<List<string>> Cycles(IReadOnlyDictionary<string, SortedSet<string>> graph)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var result = new List<List<string>>();
        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            foreach (var next in graph.GetValueOrDefault(node) ?? [])
            {
                if (!index.ContainsKey(next))
                {
                    Visit(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
                else if (stack.Contains(next)) low[node] = Math.Min(low[node], index[next]);
            }

            if (low[node] != index[node]) return;
            var group = new List<string>();
            string member;
            do
            {
                member = stack.Pop();
                group.Add(member);
            }
            while (member != node);
            if (group.Count > 1) result.Add(group.Order(StringComparer.Ordinal).ToList());
        }

        foreach (var node in graph.Keys.Order(StringComparer.Ordinal))
        {
            if (!index.ContainsKey(node)) Visit(node);
        }

        return result;
    }
}
