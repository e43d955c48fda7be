using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(StaticSite.Benchmarks.StageBenchmarks).Assembly).Run(args);
