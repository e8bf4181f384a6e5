#!/usr/bin/env bash
# Pages against the floor: how many requests a second each main page answers, signed in as the role that
# uses it, as a ratio to the anonymous accessibility statement (an MVC action with the full layout and no
# database work: the floor for a server-rendered page here), all measured in one run on the same app.
# The same statement is also measured signed in, to show what signing in alone costs a page.
#
# Starts the app (Release, Development, so the demo data seeds) on a fresh data folder, signs in through the
# real sign-in form as each role, finds concrete pages from the pages' own links, and measures each with wrk:
# a short warm-up, then the measured run. Like a browser, the load keeps the sign-in cookie the app renews
# (once a minute the security stamp is checked again). Only 127.0.0.1 is ever called; the app is stopped
# and its data folder removed at the end.
#
#   bench/pages.sh                      8 connections, 15 s a page
#   bench/pages.sh -c 4 -d 10           fewer connections, shorter runs
#   bench/pages.sh --large              the QA lead's home, the register and the dashboard over the benchmarks' large
#                                       authority (10 years, 240,000 plans), with the given connections, then with one
#                                       (its latency alone)
#   bench/pages.sh --large-db FILE      the same, over a copy of this SQLite file (e.g. to measure an older build)
#   bench/pages.sh --only dashboard     only the pages whose label contains "dashboard" (and the floor); several
#                                       texts may be given, separated by commas
#   bench/pages.sh --trace DIR          also samples the app's threads (dotnet-trace) while each page is measured, into
#                                       DIR/<page>.speedscope.json; bench/trace-summary.py tells where the time went
#
# Options: -c|--connections N (8), -d|--duration SECONDS (15), -w|--warmup SECONDS (3), -p|--port N (5190),
# --no-build, --large, --large-db FILE, --only TEXT, --trace DIR, --keep (leave the data folder for a look afterwards).
# Needs: the .NET SDK, curl; wrk is installed from apt when missing.
set -euo pipefail

CONNECTIONS=8
DURATION=15
WARMUP=3
PORT=5190
BUILD=1
LARGE=0
LARGE_DB=""
ONLY=""
TRACE_DIR=""
KEEP=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    -c|--connections) CONNECTIONS="$2"; shift 2 ;;
    -d|--duration) DURATION="$2"; shift 2 ;;
    -w|--warmup) WARMUP="$2"; shift 2 ;;
    -p|--port) PORT="$2"; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    --large) LARGE=1; shift ;;
    --large-db) LARGE=1; LARGE_DB="$(realpath "$2")"; shift 2 ;;
    --only) ONLY="$2"; shift 2 ;;
    --trace) TRACE_DIR="$2"; shift 2 ;;
    --keep) KEEP=1; shift ;;
    -h|--help) sed -n '2,25p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "Unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done
for n in "$CONNECTIONS" "$DURATION" "$WARMUP" "$PORT"; do
  [[ "$n" =~ ^[0-9]+$ ]] || { echo "Not a number: $n" >&2; exit 2; }
done

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BASE="http://127.0.0.1:${PORT}"
PASSWORD="Demo-Password-1"
THREADS=$(( CONNECTIONS < 2 ? CONNECTIONS : 2 ))

if ! command -v wrk >/dev/null; then
  echo "Installing wrk from apt..."
  if [[ $(id -u) -eq 0 ]]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq wrk >/dev/null
fi
command -v curl >/dev/null || { echo "curl is needed" >&2; exit 1; }
if [[ -n "$TRACE_DIR" ]]; then
  export PATH="${PATH}:${HOME}/.dotnet/tools"
  command -v dotnet-trace >/dev/null || dotnet tool install -g dotnet-trace >/dev/null
  mkdir -p "$TRACE_DIR"
  TRACE_DIR="$(realpath "$TRACE_DIR")"
fi
if curl -s -o /dev/null --max-time 2 "${BASE}/"; then
  echo "Something already answers on ${BASE}; choose another port with -p" >&2
  exit 1
fi

WORK="$(mktemp -d "${TMPDIR:-/tmp}/ehcpqa-pages.XXXXXX")"
DATA="${WORK}/data"
mkdir -p "$DATA"
APP_PID=""
stop_app() {
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=""
}
cleanup() {
  stop_app
  if [[ $KEEP -eq 1 ]]; then echo "Data folder kept: ${WORK}"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [[ $BUILD -eq 1 ]]; then
  echo "Building (Release)..."
  dotnet build "${ROOT}/src/EhcpQa.Web/EhcpQa.Web.csproj" -c Release -v quiet -nologo >"${WORK}/build.log" 2>&1 \
    || { tail -30 "${WORK}/build.log"; exit 1; }
fi

if [[ $LARGE -eq 1 ]]; then
  if [[ -z "$LARGE_DB" ]]; then
    echo "Making (or reusing) the large authority's database..."
    dotnet build "${ROOT}/bench/EhcpQa.Benchmarks/EhcpQa.Benchmarks.csproj" -c Release -v quiet -nologo >"${WORK}/build-bench.log" 2>&1 \
      || { tail -30 "${WORK}/build-bench.log"; exit 1; }
    LARGE_DB="$(timeout 900 dotnet "${ROOT}/bench/EhcpQa.Benchmarks/bin/Release/net10.0/EhcpQa.Benchmarks.dll" large-authority | tail -1)"
  fi
  [[ -f "$LARGE_DB" ]] || { echo "No large authority database: ${LARGE_DB}" >&2; exit 1; }
  # A copy, so the demo users and plans the app seeds on start do not change the benchmarks' file.
  cp "$LARGE_DB" "${DATA}/ehcpqa.db"
fi

# With the large authority the hourly board summary is switched off: publishing ten years' last month on
# start would run beside the measurements (the reports page is not measured there).
SCHEDULE=true
[[ $LARGE -eq 1 ]] && SCHEDULE=false
echo "Starting the app on ${BASE} (data in ${DATA})..."
(
  cd "${ROOT}/src/EhcpQa.Web"
  ASPNETCORE_ENVIRONMENT=Development \
  ASPNETCORE_URLS="${BASE}" \
  Storage__DataPath="${DATA}" \
  Reports__Schedule="${SCHEDULE}" \
  exec dotnet "bin/Release/net10.0/EhcpQa.Web.dll" >"${WORK}/app.log" 2>&1
) &
APP_PID=$!
for i in $(seq 1 300); do
  if curl -sf -o /dev/null --max-time 2 "${BASE}/health/ready"; then break; fi
  kill -0 "$APP_PID" 2>/dev/null || { echo "The app stopped:" >&2; tail -30 "${WORK}/app.log" >&2; exit 1; }
  [[ $i -eq 300 ]] && { echo "The app did not become ready in 300 s" >&2; tail -30 "${WORK}/app.log" >&2; exit 1; }
  sleep 1
done

# Signs in through the form as one demo user; leaves the cookies in ${WORK}/<name>.jar.
sign_in() {
  local email="$1" jar="${WORK}/$2.jar" token
  rm -f "$jar"
  token=$(curl -sf -c "$jar" -b "$jar" "${BASE}/account/sign-in" \
    | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  [[ -n "$token" ]] || { echo "No antiforgery token on the sign-in page" >&2; exit 1; }
  local status
  status=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" \
    --data-urlencode "Email=${email}" --data-urlencode "Password=${PASSWORD}" \
    --data-urlencode "__RequestVerificationToken=${token}" "${BASE}/account/sign-in")
  [[ "$status" == "302" ]] || { echo "Signing in as ${email} answered ${status}" >&2; exit 1; }
  grep -q 'EhcpQa.Auth' "$jar" || { echo "No sign-in cookie for ${email}" >&2; exit 1; }
}

# The Cookie header a browser would send from a jar.
cookie_header() {
  awk -F'\t' 'NF >= 7 && $1 !~ /^# / { printf "%s%s=%s", (n++ ? "; " : ""), $6, $7 } END { print "" }' \
    <(sed 's/^#HttpOnly_//' "${WORK}/$1.jar")
}

# GET a page with a jar, failing unless it answers 200.
fetch() {
  local jar="${WORK}/$1.jar" path="$2" out status
  out="${WORK}/page.html"
  status=$(curl -s -o "$out" -w '%{http_code}' -c "$jar" -b "$jar" "${BASE}${path}")
  [[ "$status" == "200" ]] || { echo "GET ${path} as $1 answered ${status}" >&2; exit 1; }
  cat "$out"
}

echo "Signing in..."
declare -A EMAILS=(
  [caseworker]="caseworker@ehcpqa.test" [manager]="manager@ehcpqa.test" [qalead]="qalead@ehcpqa.test"
  [panel]="panel@ehcpqa.test" [board]="board@ehcpqa.test" [admin]="admin@ehcpqa.test"
)
for role in "${!EMAILS[@]}"; do
  sign_in "${EMAILS[$role]}" "$role"
  fetch "$role" "/" >/dev/null   # the antiforgery cookie a signed-in page sets
done

# Concrete pages, found from the pages' links (not with the large authority: its plans are not the demo's, and only
# the register, the home page and the dashboard are measured there).
PLAN_PATH="" SECTION_PATH=""
if [[ $LARGE -eq 0 ]]; then
  PLAN_PATH=$(fetch qalead "/plans" | grep -o 'href="/plans/[0-9]*"' | head -1 | sed 's/href="//; s/"$//')
  QUEUE_PLAN=$(fetch manager "/sign-off" | grep -o 'href="/sign-off/[0-9]*"' | head -1 | sed 's/href="//; s/"$//')
  [[ -n "$PLAN_PATH" && -n "$QUEUE_PLAN" ]] || { echo "Could not find a plan or a draft awaiting sign-off" >&2; exit 1; }
  # Start a grading of the first draft in the manager's queue (a write, on this run's own database).
  START_TOKEN=$(fetch manager "$QUEUE_PLAN" | grep -o 'action="'"${QUEUE_PLAN}"'/gradings".*' | head -1 \
    | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//; s/"$//' || true)
  if [[ -z "$START_TOKEN" ]]; then
    START_TOKEN=$(fetch manager "$QUEUE_PLAN" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  fi
  GRADING=$(curl -s -o /dev/null -w '%{redirect_url}' -c "${WORK}/manager.jar" -b "${WORK}/manager.jar" \
    --data-urlencode "__RequestVerificationToken=${START_TOKEN}" "${BASE}${QUEUE_PLAN}/gradings" | sed "s#^${BASE}##")
  [[ "$GRADING" =~ ^/gradings/[0-9]+$ ]] || { echo "Could not start a grading of ${QUEUE_PLAN} (got '${GRADING}')" >&2; exit 1; }
  SECTION_PATH="${GRADING}/sections/A"
fi

# label|role|path; "anonymous" sends no cookie. The floor is measured first and last.
PAGES=(
  "floor (accessibility)|anonymous|/accessibility"
  "accessibility, signed in|caseworker|/accessibility"
  "home|caseworker|/"
  "home|board|/"
  "plans|caseworker|/plans"
  "plans|qalead|/plans"
  "a plan|qalead|${PLAN_PATH}"
  "sign-off queue|manager|/sign-off"
  "a grading section|manager|${SECTION_PATH}"
  "dashboard|qalead|/dashboard"
  "dashboard|manager|/dashboard"
  "dashboard|board|/dashboard"
  "moderation|panel|/moderation"
  "moderation|qalead|/moderation"
  "reports|board|/reports"
  "users|admin|/admin/users"
  "floor (accessibility)|anonymous|/accessibility"
)
if [[ $LARGE -eq 1 ]]; then
  LAST=$(date -u -d "$(date -u +%Y-%m-01) -1 month" +%Y-%m)
  FIRST=$(date -u -d "$(date -u +%Y-%m-01) -36 month" +%Y-%m)
  PAGES=(
    "floor (accessibility)|anonymous|/accessibility"
    "home|qalead|/"
    "plans|qalead|/plans"
    "dashboard, last month|qalead|/dashboard"
    "dashboard, 36 months|qalead|/dashboard?Query.From=${FIRST}&Query.To=${LAST}"
    "dashboard, last month|board|/dashboard"
    "dashboard, 36 months|board|/dashboard?Query.From=${FIRST}&Query.To=${LAST}"
    "floor (accessibility)|anonymous|/accessibility"
  )
fi

# wrk: keeps the renewed sign-in cookie as a browser would, counts answers other than 200, and prints
# one line: requests, seconds, socket errors, non-200 answers, mean, p50 and p99 latency (ms).
cat >"${WORK}/page.lua" <<'LUA'
local cookies = {}
local order = {}
for pair in string.gmatch(os.getenv("PAGE_COOKIE") or "", "[^;]+") do
  local name, value = pair:match("^%s*([^=]+)=(.*)$")
  if name then cookies[name] = value; table.insert(order, name) end
end
local headers = {}
local function rebuild()
  local parts = {}
  for _, name in ipairs(order) do table.insert(parts, name .. "=" .. cookies[name]) end
  headers = {}
  if #parts > 0 then headers["Cookie"] = table.concat(parts, "; ") end
end
rebuild()
not200 = 0
function request()
  return wrk.format("GET", nil, headers)
end
function response(status, hdrs, body)
  if status ~= 200 then not200 = not200 + 1 end
  local set = hdrs["Set-Cookie"]
  if set then
    local name, value = set:match("^([^=]+)=([^;]*)")
    if name and cookies[name] then cookies[name] = value; rebuild() end
  end
end
local threads = {}
function setup(thread) table.insert(threads, thread) end
function done(summary, latency, requests)
  local bad = 0
  for _, t in ipairs(threads) do bad = bad + (t:get("not200") or 0) end
  local e = summary.errors
  io.write(string.format("RESULT %d %.3f %d %d %.2f %.2f %.2f\n", summary.requests, summary.duration / 1e6,
    e.connect + e.read + e.write + e.timeout, bad, latency.mean / 1000, latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
LUA

# measure <connections> <seconds> <role> <path>: prints the RESULT line.
measure() {
  local connections="$1" seconds="$2" role="$3" path="$4" cookie="" threads
  threads=$(( connections < THREADS ? connections : THREADS ))
  [[ "$role" != "anonymous" ]] && cookie="$(cookie_header "$role")"
  PAGE_COOKIE="$cookie" timeout $(( seconds + 30 )) wrk -t "$threads" -c "$connections" -d "${seconds}s" --timeout 10s \
    -s "${WORK}/page.lua" "${BASE}${path}" | grep '^RESULT'
}

echo "Load average: $(cut -d' ' -f1-3 /proc/loadavg); ${CONNECTIONS} connections, ${DURATION} s a page after ${WARMUP} s of warm-up"
declare -a ROWS=()
FLOOR_SUM=0; FLOOR_N=0
run_page() {
  local label="$1" role="$2" path="$3" connections="$4" result
  if [[ "$role" != "anonymous" ]]; then fetch "$role" "$path" >/dev/null; fi
  local tracer=""
  if [[ -n "$TRACE_DIR" && "$label" != floor* ]]; then
    local name
    name=$(echo "${label}-${role}" | tr -c 'A-Za-z0-9\n' '-' | tr -s '-')
    dotnet-trace collect -p "$APP_PID" --profile dotnet-sampled-thread-time --format Speedscope \
      --duration "00:00:00:$(printf '%02d' $(( DURATION > 3 ? DURATION - 2 : 1 )))" \
      -o "${TRACE_DIR}/${name}.nettrace" >"${WORK}/trace.log" 2>&1 &
    tracer=$!
    sleep 1
  fi
  result=$(measure "$connections" "$DURATION" "$role" "$path")
  if [[ -n "$tracer" ]]; then wait "$tracer" || true; fi
  read -r _ requests seconds errors not200 mean p50 p99 <<<"$result"
  local rps
  rps=$(awk -v r="$requests" -v s="$seconds" 'BEGIN { printf "%.1f", r / s }')
  ROWS+=("${label}|${role}|${connections}|${rps}|${mean}|${p50}|${p99}|$(( errors + not200 ))|${path}")
  printf '  %-24s %-10s %8s req/s  p50 %7s ms  p99 %7s ms\n' "$label" "$role" "$rps" "$p50" "$p99"
  if [[ "$label" == floor* ]]; then
    FLOOR_SUM=$(awk -v a="$FLOOR_SUM" -v b="$rps" 'BEGIN { print a + b }'); FLOOR_N=$(( FLOOR_N + 1 ))
  fi
}

SELECTED=()
for page in "${PAGES[@]}"; do
  IFS='|' read -r label role path <<<"$page"
  if [[ -n "$ONLY" && "$label" != floor* ]]; then
    wanted=0
    IFS=',' read -ra parts <<<"$ONLY"
    for part in "${parts[@]}"; do [[ "$label" == *"$part"* ]] && wanted=1; done
    [[ $wanted -eq 1 ]] || continue
  fi
  SELECTED+=("$page")
done

# Warm-up: every page in turn (the JIT's tiers, EF Core's query caches, the first board summary), then the runs.
if [[ $WARMUP -gt 0 ]]; then
  echo "Warming up (${WARMUP} s a page)..."
  for page in "${SELECTED[@]}"; do
    IFS='|' read -r label role path <<<"$page"
    if [[ "$role" != "anonymous" ]]; then fetch "$role" "$path" >/dev/null; fi
    measure "$CONNECTIONS" "$WARMUP" "$role" "$path" >/dev/null
  done
fi

for page in "${SELECTED[@]}"; do
  IFS='|' read -r label role path <<<"$page"
  run_page "$label" "$role" "$path" "$CONNECTIONS"
  if [[ $LARGE -eq 1 && "$label" != floor* ]]; then
    run_page "$label (1 connection)" "$role" "$path" 1
  fi
done

FLOOR=$(awk -v s="$FLOOR_SUM" -v n="$FLOOR_N" 'BEGIN { printf "%.1f", s / n }')
echo
echo "Floor: ${FLOOR} requests/s (the mean of the first and last runs). Load average now: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
printf '| %-36s | %-10s | %5s | %10s | %6s | %9s | %9s | %9s | %6s |\n' page role conns "requests/s" "× floor" "mean ms" "p50 ms" "p99 ms" errors
printf '|%s|%s|%s|%s|%s|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..38})" "$(printf -- '-%.0s' {1..12})" "------:" "-----------:" "-------:" "----------:" "----------:" "----------:" "-------:"
FAILED=0
for row in "${ROWS[@]}"; do
  IFS='|' read -r label role connections rps mean p50 p99 errors path <<<"$row"
  ratio=$(awk -v r="$rps" -v f="$FLOOR" 'BEGIN { printf "%.3f", r / f }')
  printf '| %-36s | %-10s | %5s | %10s | %6s | %9s | %9s | %9s | %6s |\n' "$label" "$role" "$connections" "$rps" "$ratio" "$mean" "$p50" "$p99" "$errors"
  [[ "$errors" -gt 0 ]] && FAILED=1
done
echo
[[ $LARGE -eq 1 ]] || echo "Pages: a plan = ${PLAN_PATH}, a grading section = ${SECTION_PATH}"
if [[ $FAILED -eq 1 ]]; then
  echo "Some requests failed or answered other than 200: the figures above are not to be trusted (see ${WORK}/app.log with --keep)." >&2
  exit 1
fi
