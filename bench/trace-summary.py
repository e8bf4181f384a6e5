#!/usr/bin/env python3
"""Where a page's time went: reads a speedscope file written by `bench/pages.sh --trace DIR` (dotnet-trace's
sampled thread time) and prints the methods that took the most time while a thread was working, inclusive
(the method and all it called) and exclusive (the method itself), as a share of all working time.

Time a thread spent waiting (an idle thread-pool thread, a socket wait, a timer) is left out: a sample counts
as waiting when its innermost managed frame is one of the waits below.

    bench/trace-summary.py DIR/dashboard-qalead.speedscope.json [--top 40] [--match TEXT]

--match TEXT lists, instead, the inclusive time of every method whose name contains TEXT.
"""
import argparse
import collections
import json
import re

WAITS = re.compile(
    r"(WaitHandle\.Wait|LowLevelLifoSemaphore|Monitor\.Wait|Thread\.Sleep|SocketAsyncEngine\.EventLoop|"
    r"WaitForSignal|PortableThreadPool\+GateThread|TimerQueue\.TimerThread|LowLevelMonitor|"
    r"ManualResetEventSlim\.Wait|SemaphoreSlim\.Wait|Interop\+Sys\.(WaitForSocketEvents|Read)|"
    r"EventPipe|DiagnosticServer|Console.*Read|WaitForPendingFinalizers|FinalizerThread|"
    r"Thread\.Join|Task\.(InternalWait|Wait)|SpinWait|GC\.RunFinalizers|WorkerThreadStart)"
)


def stacks(path):
    data = json.load(open(path))
    frames = [f["name"] for f in data["shared"]["frames"]]
    for profile in data["profiles"]:
        stack, last = [], None
        for event in profile["events"]:
            at = event["at"]
            if last is not None and stack and at > last:
                yield tuple(stack), at - last
            if event["type"] == "O":
                stack.append(frames[event["frame"]])
            else:
                while stack:
                    if stack.pop() == frames[event["frame"]]:
                        break
            last = at


def working(stack):
    managed = [f for f in stack if f not in ("UNMANAGED_CODE_TIME", "CPU_TIME", "?!?")]
    if not managed:
        return False
    return not WAITS.search(managed[-1])


def short(name, width):
    name = re.sub(r"\(.*\)$", "", name)
    return name if len(name) <= width else "…" + name[-(width - 1):]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--match")
    parser.add_argument("--width", type=int, default=150)
    args = parser.parse_args()

    inclusive, exclusive = collections.Counter(), collections.Counter()
    total = waited = 0.0
    for stack, ms in stacks(args.file):
        if not working(stack):
            waited += ms
            continue
        total += ms
        for name in set(stack):
            inclusive[name] += ms
        leaf = [f for f in stack if f not in ("UNMANAGED_CODE_TIME", "CPU_TIME", "?!?")]
        exclusive[leaf[-1] if leaf else stack[-1]] += ms
    print(f"working {total:.0f} ms, waiting {waited:.0f} ms (thread time summed over threads)")
    if args.match:
        rows = [(n, t) for n, t in inclusive.items() if args.match.lower() in n.lower()]
        for name, ms in sorted(rows, key=lambda r: -r[1])[: args.top]:
            print(f"{100 * ms / total:6.1f}%  {short(name, args.width)}")
        return
    print("\ninclusive")
    for name, ms in inclusive.most_common(args.top):
        print(f"{100 * ms / total:6.1f}%  {short(name, args.width)}")
    print("\nexclusive")
    for name, ms in exclusive.most_common(args.top):
        print(f"{100 * ms / total:6.1f}%  {short(name, args.width)}")


if __name__ == "__main__":
    main()
