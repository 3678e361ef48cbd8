#!/usr/bin/env bash
# The desk's web import, measured: the 36 PDFs of ../shared/real-docs/china, the 5 seeds and the 上海 PDFs as one
# zip uploaded to `serve`, polled until every file is checked or failed; documents/s and each instance's peak
# memory (VmHWM). Then, optionally, the store filled to N budgets (copies of the imported ones under other
# department names, with their figures and findings) and the overview page's load time.
#   bench/desk/measure.sh [instances=1] [fill=0]
# PostgreSQL when ConnectionStrings__Postgres is set (every instance shares it); SQLite otherwise (one instance).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
instances="${1:-1}"; fill="${2:-0}"
cli="${DEPTBUDGET_CLI:-$root/.build/cli/deptbudget}"
[[ -x "$cli" ]] || "$root/deptbudget" --help >/dev/null   # builds it
work=$(mktemp -d /tmp/desk-measure.XXXXXX)
password="Measure-Passw0rd-long"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

shared="$root/../shared"
(cd "$shared" && zip -q -r "$work/all.zip" real-docs/china/*.pdf seeds/*.txt real-docs/*.pdf)
files=$(unzip -l "$work/all.zip" | tail -1 | awk '{print $2}')

ports=()
for i in $(seq 1 "$instances"); do
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  ports+=("$port")
  DeptBudget__ImportSamples=false DeptBudget__Admin__Password="$password" Logging__LogLevel__Default=Warning \
    "$cli" serve --urls "http://127.0.0.1:$port" --data "$work/data$i" >"$work/serve$i.log" 2>&1 &
  pids+=($!)
done
for port in "${ports[@]}"; do
  for _ in $(seq 1 600); do curl -sf "http://127.0.0.1:$port/account/login" >/dev/null && break; sleep 0.5; done
done
base="http://127.0.0.1:${ports[0]}"
jar="$work/cookies"
token=$(curl -s -c "$jar" "$base/account/login" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "username=admin" --data-urlencode "password=$password" \
  --data-urlencode "__RequestVerificationToken=$token" "$base/account/login"

start=$(date +%s.%N)
batch=$(curl -s -b "$jar" -F "files=@$work/all.zip;filename=all.zip" "$base/api/review/imports" | python3 -c 'import json,sys; print(json.load(sys.stdin)["batchId"])')
while true; do
  state=$(curl -s -b "$jar" "$base/api/review/imports/$batch")
  if python3 -c 'import json,sys; sys.exit(0 if json.loads(sys.argv[1])["finished"] else 1)' "$state"; then break; fi
  sleep 1
done
end=$(date +%s.%N)
python3 - "$state" "$start" "$end" "$files" "$instances" <<'PY'
import json, sys
b = json.loads(sys.argv[1]); t = float(sys.argv[3]) - float(sys.argv[2])
items = b["items"]; ok = [i for i in items if i["state"] == "checked"]
budgets = {i["budgetId"] for i in ok}
print(f"instances {sys.argv[5]}: {sys.argv[4]} files in {t:.1f} s = {int(sys.argv[4]) / t:.2f} documents/s; "
      f"{len(ok)} files checked into {len(budgets)} budgets, {len(items) - len(ok)} failed")
PY
for i in "${!pids[@]}"; do
  echo "instance $((i+1)): peak RSS $(grep VmHWM /proc/${pids[$i]}/status | awk '{print $2/1024}') MB"
done

if [[ "$fill" -gt 0 ]]; then
  [[ -n "${ConnectionStrings__Postgres:-}" ]] || { echo "filling needs PostgreSQL"; exit 0; }
  # Copies of the imported budgets under numbered department names until the store holds $fill budgets.
  psql_conn=$(python3 -c 'import sys; d=dict(p.split("=",1) for p in sys.argv[1].split(";") if p); print("host=%s port=%s user=%s dbname=%s" % (d.get("Host"), d.get("Port", 5432), d.get("Username"), d.get("Database")))' "$ConnectionStrings__Postgres")
  psql "$psql_conn" -q -c "
    INSERT INTO budgets (\"Department\",\"UnitName\",\"UnitCode\",\"Region\",\"Year\",\"Scope\",\"Layout\",\"Status\",\"Json\",\"FindingsJson\",\"ErrorCount\",\"WarningCount\",
      \"CurrentVersion\",\"Revision\",\"CreatedBy\",\"CreatedAt\",\"UpdatedBy\",\"UpdatedAt\")
    SELECT b.\"Department\" || '（' || g || '）', b.\"UnitName\" || '（' || g || '）', b.\"UnitCode\", b.\"Region\", b.\"Year\", b.\"Scope\", b.\"Layout\",
      (ARRAY['Submitted','Draft','Approved','Published'])[1 + g % 4], b.\"Json\", b.\"FindingsJson\", b.\"ErrorCount\" + g % 7, b.\"WarningCount\" + g % 3,
      1, 1, 'measure', now(), 'measure', now()
    FROM budgets b CROSS JOIN generate_series(1, ($fill + (SELECT COUNT(*) FROM budgets) - 1) / (SELECT COUNT(*) FROM budgets)) g
    LIMIT $fill - (SELECT COUNT(*) FROM budgets);"
  echo "budgets: $(psql "$psql_conn" -tA -c 'SELECT COUNT(*) FROM budgets')"
  for n in 1 2 3 4; do
    curl -s -b "$jar" -o /dev/null -w "overview /review: %{time_total} s (%{size_download} bytes)\n" "$base/review"
  done
fi
