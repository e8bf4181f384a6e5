using BenchmarkDotNet.Running;
using EhcpQa.Benchmarks;

// "large-authority": make (or reuse) the large authority's database and print its file, for bench/pages.sh --large.
if (args is ["large-authority"])
{
    Console.WriteLine(await AuthorityDatabase.LargeAuthorityFileAsync());
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(SampleDrawBenchmark).Assembly).Run(args);
