#!/usr/bin/env bash
# The shared night (issue 18, bench/README.md): one triage run of the same portfolio decided by 1, 2 and 3
# processes of the triage command on one PostgreSQL, all on this machine. They share its cores, so the figure is
# the cost of sharing (claims, leases, the finish), not a speed-up. The baseline, measured first in the same run,
# is one process with the whole portfolio as one slice (the path before slices). Writes
# bench/results/cluster-<N>-<date>.txt.
#
#   bench/run-cluster.sh [N=3000000] [jdbc-url=jdbc:postgresql://127.0.0.1:5432/collections_bench_N]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-3000000}
DB=${2:-jdbc:postgresql://127.0.0.1:5432/collections_bench_$N}
HEAP=${BENCH_HEAP:--Xmx1g}
source bench/portfolio.sh   # builds, generates and imports the portfolio; sets CP and W
NAME=${DB##*/}; NAME=${NAME%%\?*}
DATE=1999-12-28             # a scratch business date, forgotten before each configuration
sql() { PGOPTIONS=--search_path=collections psql -h 127.0.0.1 -U postgres -d "$NAME" -tAc "$1"; }

forget() {
  for t in triage_assignment triage_work_item triage_slice triage_run; do sql "DELETE FROM $t WHERE business_date = '$DATE'" > /dev/null; done
  sql "VACUUM ANALYZE triage_work_item" > /dev/null 2>&1 || true
}

# processes, slice size: prints seconds, accounts due, slices, owners
night() {
  forget
  local pids=() t0 t1
  t0=$(date +%s%N)
  for p in $(seq 1 "$1"); do
    java $HEAP -Dcollections.triage.slice-size="$2" -cp "$CP" dev.collections.cli.CollectionsCommand triage \
      --date=$DATE --db-url="$DB" --out="$W/cluster-out" --rules=rules > "$W/cluster-p$p.log" 2>&1 &
    pids+=($!)
  done
  for p in "${pids[@]}"; do wait "$p" || true; done
  t1=$(date +%s%N)
  [ "$(sql "SELECT status FROM triage_run WHERE business_date = '$DATE'")" = COMPLETED ] \
    || { echo "the run did not complete; see $W/cluster-p*.log" >&2; exit 1; }
  local items due
  items=$(sql "SELECT count(*) FROM triage_work_item WHERE business_date = '$DATE'")
  due=$(sql "SELECT total FROM triage_run WHERE business_date = '$DATE'")
  [ "$items" = "$due" ] || { echo "$items work items for $due accounts" >&2; exit 1; }
  echo "$(( (t1 - t0) / 1000000 )) $due $(sql "SELECT count(*) FROM triage_slice WHERE business_date = '$DATE'") $(sql "SELECT count(DISTINCT owner) FROM triage_slice WHERE business_date = '$DATE'")"
}

OUT="bench/results/cluster-$N-$(date +%Y%m%d-%H%M).txt"
{
  echo "# bench/run-cluster.sh $N $DB   ($(date -Is))"
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB RAM, $(uname -sr)"
  echo "java: $(java -version 2>&1 | head -1); heap flags: $HEAP each; database: PostgreSQL $(psql -h 127.0.0.1 -U postgres -tAc 'SHOW server_version') on the same machine"
  echo "each: the triage command (its JVM start and rule compilation included), all started at once on one date"
  read -r base due slices owners <<< "$(night 1 100000000)"
  printf '%-44s %8.1f s  %8d accounts/s  (%d slice)  baseline\n' "1 process, one slice (the path before)" \
    "$(bc -l <<< "$base / 1000")" "$(( due * 1000 / base ))" "$slices"
  for k in 1 2 3; do
    read -r ms due slices owners <<< "$(night "$k" 100000)"
    printf '%-44s %8.1f s  %8d accounts/s  (%d slices by %d processes)  %.2f x baseline time\n' \
      "$k process(es), slices of 100,000" "$(bc -l <<< "$ms / 1000")" "$(( due * 1000 / ms ))" "$slices" "$owners" \
      "$(bc -l <<< "$ms / $base")"
  done
  echo "accounts due: $due"
} | tee "$OUT"
forget
echo "written: $OUT"
