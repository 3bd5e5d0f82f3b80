#!/usr/bin/env bash
# The import's benchmark (issue 17): the synthetic extract of N accounts (bench/portfolio.sh's, generated once)
# imported by the import command into a fresh PostgreSQL database, then imported again (nothing changes), each
# timed by the command itself; the figures of the previous run of this script printed beside.
# Writes bench/results/import-N-<date>.txt; the scratch database is dropped at the end.
#
#   bench/run-import.sh [N=1000000]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000000}
SCRATCH=collections_import_bench
DB=jdbc:postgresql://127.0.0.1:5432/$SCRATCH
SKIP_IMPORT=1 source bench/portfolio.sh   # builds and generates; the imports are timed below
PREVIOUS=$(ls bench/results/import-"$N"-*.txt 2>/dev/null | sort | tail -1 || true)   # the names sort by time

psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $SCRATCH" -qc "CREATE DATABASE $SCRATCH"
timed_import() {   # $1: which import; its figure is the command's own time ("Imported ... in X s")
  local log seconds was=""
  log=$(java -cp "$CP" dev.collections.cli.CollectionsCommand import --extract="$W/portfolio-$N" --db-url="$DB" 2>&1 \
    | grep -v -e 'LogManager' -e 'JBossLoggerFinder' -e 'Log4j' -e '^\s*$')
  echo "$log"
  seconds=$(echo "$log" | sed -n 's/^Imported .* in \([0-9.]*\) s$/\1/p')
  [ -n "$PREVIOUS" ] && was=$(grep "^$1 " "$PREVIOUS" | awk '{print $2}' || true)
  echo "$1 $seconds s${was:+   (previous $was s, $(basename "$PREVIOUS"))}"
}
OUT="bench/results/import-$N-$(date +%Y%m%d-%H%M).txt"
{
  echo "# bench/run-import.sh $N   ($(date -Is), commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src || echo ' + changes'))"
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB RAM, $(uname -sr)"
  echo "database: PostgreSQL $(psql -h 127.0.0.1 -U postgres -tAc 'SHOW server_version') on the same machine"
  timed_import first-import
  timed_import second-import
} 2>&1 | tee "$OUT"
psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE $SCRATCH"
echo "written: $OUT"
