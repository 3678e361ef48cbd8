#!/usr/bin/env bash
# Measures the web app as issue 15 asks: PDF render p50/p99 over N requests with idle gaps (every 10th gap
# longer than the renderer's idle recycle, 95 s), one PDF after the server idled ten minutes, and the load
# times of the public list and a budget page. `uptime` is printed beside each figure (the machine is shared).
# Usage: scripts/measure-web.sh CLI_DIR [N] [OUT]   (CLI_DIR: a built `deptbudget`, e.g. .build/cli)
set -euo pipefail
cli="$1"; n="${2:-100}"; out="${3:-/tmp/measure-web.txt}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="$(mktemp -d)"; port=$((20000 + RANDOM % 20000)); url="http://127.0.0.1:$port"
export DEPTBUDGET_ROOT="$root" DeptBudget__Limits__PdfExportsPerMinute=100000
"$cli/deptbudget" serve --urls "$url" --data "$data" >"$data/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 300); do curl -sf "$url/api/budgets/" >/dev/null && break; sleep 1; done
id="$(curl -sf "$url/api/budgets/" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)"
say() { echo "$* | $(uptime)" | tee -a "$out"; }
say "server $url, budget $id"
t() { curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "$1"; }
for page in / "/budgets/$id"; do
  t "$url$page" >/dev/null   # first request compiles the page
  for k in 1 2 3 4 5; do say "page $page: $(t "$url$page")"; done
done
times=()
for k in $(seq "$n"); do
  r="$(t "$url/api/budgets/$id/export/pdf")"; times+=("${r#* }"); say "pdf $k: $r"
  if (( k % 10 == 0 )); then sleep 95; else sleep 2; fi
done
sorted="$(printf '%s\n' "${times[@]}" | sort -n)"
p() { echo "$sorted" | awk -v q="$1" '{a[NR]=$1} END {i=int((NR*q)+0.999999); if (i<1) i=1; print a[i]}'; }
say "pdf over $n requests: p50 $(p 0.50) s, p99 $(p 0.99) s, max $(echo "$sorted" | tail -1) s"
sleep 600
say "pdf after 600 s idle: $(t "$url/api/budgets/$id/export/pdf")"
