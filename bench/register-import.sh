#!/usr/bin/env bash
# Importing a large register through the pages: how long each step takes and how much memory the app holds.
#
# Starts the app (Release, Development, so the demo's users and localities seed) on a fresh data folder, signs in
# as the demo QA lead, makes a register of N plans (CSV, the headings the service recognises), and times, as a
# person would go through them: the upload, saving the columns offered, the preview, the import; then the same
# file again (every row unchanged: the preview of a register already imported, and nothing to import). It prints
# the app's peak resident memory (VmHWM) before the upload and at the end. Only 127.0.0.1 is ever called; the
# app is stopped and its data folder removed at the end.
#
#   bench/register-import.sh                 50,000 rows
#   bench/register-import.sh -n 5000         fewer rows
#
# Options: -n|--rows N (50000), -p|--port N (5191), --no-build, --keep (leave the data folder).
# Needs: the .NET SDK, curl, python3.
set -euo pipefail

ROWS=50000
PORT=5191
BUILD=1
KEEP=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    -n|--rows) ROWS="$2"; shift 2 ;;
    -p|--port) PORT="$2"; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    --keep) KEEP=1; shift ;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "Unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done
for n in "$ROWS" "$PORT"; do
  [[ "$n" =~ ^[0-9]+$ ]] || { echo "Not a number: $n" >&2; exit 2; }
done
command -v curl >/dev/null || { echo "curl is needed" >&2; exit 1; }
command -v python3 >/dev/null || { echo "python3 is needed" >&2; exit 1; }

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BASE="http://127.0.0.1:${PORT}"
if curl -s -o /dev/null --max-time 2 "${BASE}/"; then
  echo "Something already answers on ${BASE}; choose another port with -p" >&2
  exit 1
fi

WORK="$(mktemp -d "${TMPDIR:-/tmp}/ehcpqa-register.XXXXXX")"
DATA="${WORK}/data"
JAR="${WORK}/qalead.jar"
mkdir -p "$DATA"
APP_PID=""
cleanup() {
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$APP_PID" 2>/dev/null || true
  fi
  if [[ $KEEP -eq 1 ]]; then echo "Data folder kept: ${WORK}"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [[ $BUILD -eq 1 ]]; then
  echo "Building (Release)..."
  dotnet build "${ROOT}/src/EhcpQa.Web/EhcpQa.Web.csproj" -c Release -v quiet -nologo >"${WORK}/build.log" 2>&1 \
    || { tail -30 "${WORK}/build.log"; exit 1; }
fi

echo "Making a register of ${ROWS} plans..."
python3 - "$ROWS" "${WORK}/register.csv" <<'PY'
import random, sys, datetime
rows, path = int(sys.argv[1]), sys.argv[2]
random.seed(7)
needs = ["SLCN", "ASD", "SpLD", "MLD", "SLD", "PMLD", "SEMH", "HI", "VI", "MSI", "PD"]
settings = ["Mainstream", "Special", "Independent", "FE", "Early years", "Resourced provision"]
people = [("caseworker@ehcpqa.test", "North"), ("caseworker2@ehcpqa.test", "South")]
statuses = ["Final"] * 6 + ["Amended"] * 3 + ["Draft"]
with open(path, "w", encoding="utf-8", newline="") as f:
    f.write("Plan reference,Initials,Date of birth,Caseworker email,Locality,Primary need,Setting type,Request date,Issue date,Status,Cohorts\r\n")
    for i in range(rows):
        born = datetime.date(2003, 1, 1) + datetime.timedelta(days=random.randrange(0, 365 * 20))
        requested = max(born + datetime.timedelta(days=400), datetime.date(2015, 1, 1)) + datetime.timedelta(days=random.randrange(0, 3000))
        requested = min(requested, datetime.date(2026, 6, 1))
        status = random.choice(statuses)
        issued = "" if status == "Draft" else (requested + datetime.timedelta(days=random.randrange(60, 150))).strftime("%d/%m/%Y")
        email, locality = random.choice(people)
        cohort = random.choice(["", "", "", "CLA", "CP", "EHE"])
        f.write(f"BENCH-{i:06d},{random.choice('ABCDEFGHJKLMNPRSTW')}{random.choice('ABCDEFGHJKLMNPRSTW')},{born:%d/%m/%Y},{email},{locality},"
                f"{random.choice(needs)},{random.choice(settings)},{requested:%d/%m/%Y},{issued},{status},{cohort}\r\n")
PY
echo "  $(du -h "${WORK}/register.csv" | cut -f1) on disk"

echo "Starting the app on ${BASE}..."
(
  cd "${ROOT}/src/EhcpQa.Web"
  ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="${BASE}" Storage__DataPath="${DATA}" Reports__Schedule=false \
  exec dotnet "bin/Release/net10.0/EhcpQa.Web.dll" >"${WORK}/app.log" 2>&1
) &
APP_PID=$!
for i in $(seq 1 300); do
  if curl -sf -o /dev/null --max-time 2 "${BASE}/health/ready"; then break; fi
  kill -0 "$APP_PID" 2>/dev/null || { echo "The app stopped:" >&2; tail -30 "${WORK}/app.log" >&2; exit 1; }
  [[ $i -eq 300 ]] && { echo "The app did not become ready in 300 s" >&2; exit 1; }
  sleep 1
done

token_of() { grep -o "name=\"$1\" [^>]*value=\"[^\"]*\"" | head -1 | sed 's/.*value="//; s/"$//'; }
peak_mb() { awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/${APP_PID}/status"; }
now() { date +%s.%N; }
took() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

token=$(curl -sf -c "$JAR" -b "$JAR" "${BASE}/account/sign-in" | token_of __RequestVerificationToken)
status=$(curl -s -o /dev/null -w '%{http_code}' -c "$JAR" -b "$JAR" --data-urlencode "Email=qalead@ehcpqa.test" \
  --data-urlencode "Password=Demo-Password-1" --data-urlencode "__RequestVerificationToken=${token}" "${BASE}/account/sign-in")
[[ "$status" == "302" ]] || { echo "Signing in answered ${status}" >&2; exit 1; }

declare -a REPORT
run_import() {
  local label="$1" t0 t1 location columns preview page fields token
  token=$(curl -sf -c "$JAR" -b "$JAR" "${BASE}/plans/import" | token_of __RequestVerificationToken)
  t0=$(now)
  location=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$JAR" -b "$JAR" \
    -F "Upload.File=@${WORK}/register.csv;type=text/csv" -F "__RequestVerificationToken=${token}" "${BASE}/plans/import")
  t1=$(now); REPORT+=("${label}: upload (checked, read, stored)|$(took "$t0" "$t1")")
  [[ "$location" == */columns ]] || { echo "The upload did not lead to the columns page (${location})" >&2; tail -20 "${WORK}/app.log" >&2; exit 1; }
  columns="${location#"${BASE}"}"

  page=$(curl -sf -c "$JAR" -b "$JAR" "${BASE}${columns}")
  # The columns page offers a column for every field the file has: post the page's own choices back.
  fields=$(python3 -c '
import html, re, sys, urllib.parse
page = sys.stdin.read()
form = page[page.index("<form", page.index("<main")):]
form = form[:form.index("</form>")]
pairs = [(html.unescape(n), html.unescape(v)) for n, v in re.findall(r"<input[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"", form)]
for name, body in re.findall(r"<select[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>", form, re.S):
    chosen = [re.search(r"value=\"([^\"]*)\"", o).group(1) for o in re.findall(r"<option[^>]*>", body) if "selected" in o]
    pairs.append((html.unescape(name), html.unescape(chosen[0]) if chosen else ""))
print(urllib.parse.urlencode(pairs))' <<<"$page")
  t0=$(now)
  location=$(curl -s -o "${WORK}/columns-answer.html" -w '%{redirect_url}' -c "$JAR" -b "$JAR" --data "$fields" "${BASE}${columns}")
  t1=$(now); REPORT+=("${label}: columns saved|$(took "$t0" "$t1")")
  preview="${location#"${BASE}"}"
  [[ -n "$preview" ]] || { echo "Saving the columns did not lead to the preview:" >&2; grep -o 'govuk-error-summary__list.*' "${WORK}/columns-answer.html" | head -c 600 >&2; echo "$fields" | head -c 600 >&2; exit 1; }

  t0=$(now)
  page=$(curl -sf -c "$JAR" -b "$JAR" "${BASE}${preview}")
  t1=$(now); REPORT+=("${label}: preview|$(took "$t0" "$t1")")
  local figures
  figures=$(python3 -c '
import re, sys
page = sys.stdin.read()
print(", ".join(f"{k.strip().lower()} {v.strip()}" for k, v in re.findall(r"summary-list__key\">([^<]+)</dt>\s*<dd class=\"govuk-summary-list__value\">\s*([0-9,]+)", page)))' <<<"$page")
  echo "  ${label}: ${figures}"
  if grep -q 'data-nothing-to-import' <<<"$page"; then
    REPORT+=("${label}: import|nothing to import")
    return
  fi

  token=$(token_of __RequestVerificationToken <<<"$page")
  local concurrency
  concurrency=$(token_of Confirm.ConcurrencyToken <<<"$page")
  t0=$(now)
  status=$(curl -s -o /dev/null -w '%{http_code}' -c "$JAR" -b "$JAR" --data-urlencode "__RequestVerificationToken=${token}" \
    --data-urlencode "Confirm.ConcurrencyToken=${concurrency}" "${BASE}${preview}")
  t1=$(now); REPORT+=("${label}: import (one transaction)|$(took "$t0" "$t1")")
  [[ "$status" == "302" ]] || { echo "The import answered ${status}" >&2; tail -20 "${WORK}/app.log" >&2; exit 1; }
}

BEFORE=$(peak_mb)
echo "Importing..."
run_import "first import"
echo "Importing the same file again..."
run_import "same file again"
AFTER=$(peak_mb)

echo
echo "| step | seconds |"
echo "|---|---:|"
for row in "${REPORT[@]}"; do
  IFS='|' read -r step seconds <<<"$row"
  echo "| ${step} | ${seconds} |"
done
echo
echo "Rows: ${ROWS}. The app's peak resident memory: ${BEFORE} MB before the first upload, ${AFTER} MB at the end."
echo "Load average now: $(cut -d' ' -f1-3 /proc/loadavg)"
