#!/usr/bin/env bash
# First start: the time from the end of the build to the first page served, as README's run command
# gives it on a fresh clone (Development: migrations, the framework, demo users and a year of history).
#
#   bash bench/first-start.sh [runs]        (default 5 runs)
#
# Builds once as `dotnet run` does (Debug), then starts the app `runs` times with `dotnet run --no-build`,
# each on an empty data folder and a free loopback port, and times from the start of the command to the
# first answer of the sign-in page. Prints each run with the app's own account of its start-up ("Database
# ready in ...") and the median. Only 127.0.0.1 is contacted; every app it starts is stopped.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

RUNS="${1:-5}"
PORT="${FIRST_START_PORT:-5181}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDTERMINALLOGGER=off

echo "Building (as dotnet run does)..."
dotnet build src/EhcpQa.Web --nologo -v quiet >/dev/null

work="$(mktemp -d "${TMPDIR:-/tmp}/ehcpqa-first-start.XXXXXX")"
pid=""
cleanup() {
    if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

now() { date +%s.%N; }
times=()
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for ((i = 1; i <= RUNS; i++)); do
    data="$work/run$i"
    mkdir -p "$data"
    start="$(now)"
    ASPNETCORE_ENVIRONMENT=Development Storage__DataPath="$data" ASPNETCORE_URLS="http://127.0.0.1:$PORT" \
        dotnet run --no-build --no-launch-profile --project src/EhcpQa.Web \
        >"$work/run$i.log" 2>&1 &
    pid=$!
    deadline=$(( $(date +%s) + 120 ))
    until curl -sf -o /dev/null "http://127.0.0.1:$PORT/account/sign-in"; do
        if ! kill -0 "$pid" 2>/dev/null; then echo "the app stopped; its log:"; cat "$work/run$i.log"; exit 1; fi
        if (( $(date +%s) > deadline )); then echo "no page within 120 s"; exit 1; fi
        sleep 0.05
    done
    seconds="$(echo "$(now) - $start" | bc)"
    times+=("$seconds")
    printf 'run %d: first page after %.2f s   %s\n' "$i" "$seconds" "$(grep -o 'Database ready in [^)]*)' "$work/run$i.log" | head -n 1)"
    # dotnet run starts the app as a child process: stop the whole group.
    pkill -P "$pid" 2>/dev/null || true
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    pid=""
done

median="$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }')"
printf 'median of %d runs: %.2f s (goal: under 10 s)\n' "$RUNS" "$median"
