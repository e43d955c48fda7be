using System.Text;
using SharpFuzz;

namespace StaticSite.Fuzz;

/// <summary>Parses the harness's arguments (a target, then AFL, libFuzzer or replay mode) and runs the chosen target, so one binary serves afl-fuzz, libFuzzer and plain replays.</summary>
public static class FuzzCommand
{
    private const string Usage = """
        usage: Fuzz <frontmatter|pipeline> [--afl | --libfuzzer | --replay PATH...]
          --afl        (default) read one input per run from afl-fuzz through SharpFuzz's out-of-process runner
          --libfuzzer  run under libfuzzer-dotnet
          --replay     run every file (or every file of each folder) given, report each failure, exit 1 if any
        """;

    /// <summary>Runs the harness and returns the process exit code (0 ok, 1 a replayed input failed, 2 usage error).</summary>
    public static int Run(string[] args)
    {
        if (args.Length == 0 || Target(args[0]) is not { } target)
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        var mode = args.Length > 1 ? args[1] : "--afl";
        switch (mode)
        {
            case "--afl":
                Fuzzer.OutOfProcess.Run(stream => target(ReadAll(stream)));
                return 0;
            case "--libfuzzer":
                Fuzzer.LibFuzzer.Run(span => target(span.ToArray()));
                return 0;
            case "--replay" when args.Length > 2:
                return Replay(target, args[2..]);
            default:
                Console.Error.WriteLine(Usage);
                return 2;
        }
    }

    /// <summary>The target named <paramref name="name"/>; instrumented code may run only inside the fuzzer's callback (SharpFuzz sets up AFL's coverage map there), so the pipeline's templates are loaded on the first input.</summary>
    private static Action<byte[]>? Target(string name)
    {
        switch (name)
        {
            case "frontmatter":
                return FrontMatterTarget.Run;
            case "pipeline":
                var pipeline = new Lazy<PipelineTarget>(() => new PipelineTarget());
                return input => pipeline.Value.Run(input);
            default:
                return null;
        }
    }

    private static int Replay(Action<byte[]> target, string[] paths)
    {
        var files = paths.SelectMany(p => Directory.Exists(p)
                ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories).Where(f => !Path.GetFileName(f).StartsWith('.') && !Path.GetFileName(f).Equals("README.txt", StringComparison.Ordinal))
                : [p])
            .Order(StringComparer.Ordinal)
            .ToList();
        var failures = 0;
        foreach (var file in files)
        {
            try
            {
                target(File.ReadAllBytes(file));
            }
            catch (Exception e)
            {
                failures++;
                Console.Error.WriteLine($"{file}: {e}");
            }
        }

        Console.WriteLine($"replayed {files.Count} input(s), {failures} failure(s)");
        return failures == 0 ? 0 : 1;
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    /// <summary>Decodes an input the way the content loader decodes a file: UTF-8, invalid bytes replaced, no BOM added.</summary>
    public static string Decode(byte[] input) => new UTF8Encoding(false).GetString(input);
}
