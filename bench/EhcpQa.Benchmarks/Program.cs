using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(EhcpQa.Benchmarks.SampleDrawBenchmark).Assembly).Run(args);
