#!/usr/bin/env bash
# Runs every test on a bare Debian 12 machine with the .NET SDK: installs what the tests need
# (Chromium, Noto CJK fonts, poppler-utils, PostgreSQL, LibreOffice), starts a throw-away PostgreSQL
# server on a free local port, runs all test projects and prints "N passed, N failed".
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

need=()
for p in chromium fonts-noto-cjk poppler-utils postgresql libreoffice-writer-nogui libreoffice-calc-nogui; do
  dpkg -s "$p" >/dev/null 2>&1 || need+=("$p")
done
if ((${#need[@]})); then
  echo "test: installing ${need[*]}"
  SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# A private PostgreSQL cluster on a free port, owned by the postgres system user, removed on exit.
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
pgdir=$(mktemp -d /tmp/deptbudget-pg.XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo 55432)
chown postgres:postgres "$pgdir"
runpg() { if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
runpg "$pgbin/initdb" -D "$pgdir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
runpg "$pgbin/pg_ctl" -D "$pgdir/data" -o "-p $port -k $pgdir -c listen_addresses=127.0.0.1 -c fsync=off" -l "$pgdir/log" -w start >/dev/null
cleanup() { runpg "$pgbin/pg_ctl" -D "$pgdir/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$pgdir"; }
trap cleanup EXIT
export DEPTBUDGET_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Include Error Detail=true"
export DEPTBUDGET_CHROMIUM=/usr/bin/chromium
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

results="$root/test-results"
rm -rf "$results"; mkdir -p "$results"
set +e
dotnet test DeptBudget.slnx -c Release --logger "trx" --results-directory "$results" 2>&1 | tee "$results/log.txt" | grep -vE '^\s*$'
status=${PIPESTATUS[0]}
set -e
passed=0; failed=0
for f in "$results"/*.trx; do
  [[ -f "$f" ]] || continue
  c=$(grep -o '<Counters [^>]*>' "$f")
  p=$(sed -E 's/.* passed="([0-9]+)".*/\1/' <<<"$c"); x=$(sed -E 's/.* failed="([0-9]+)".*/\1/' <<<"$c")
  passed=$((passed + p)); failed=$((failed + x))
done
echo "$passed passed, $failed failed"
if [[ $status -ne 0 ]]; then exit 1; fi
if [[ $passed -eq 0 ]]; then echo "test: no test ran" >&2; exit 1; fi
