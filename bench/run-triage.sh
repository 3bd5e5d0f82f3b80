#!/usr/bin/env bash
# The nightly-triage benchmark (bench/README.md): generates a synthetic portfolio of N accounts, imports it into
# PostgreSQL with the import command, then measures in one JVM on the same data (a) the rule engine alone,
# (b) the database path alone with no rules, (c) the full triage, (e) without capacity, (f) with an experiment
# running (issue 15), and writes bench/results/triage-<N>-<date>.txt.
#
#   bench/run-triage.sh [N=1000000] [jdbc-url=jdbc:postgresql://127.0.0.1:5432/collections_bench_N]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000000}
DB=${2:-jdbc:postgresql://127.0.0.1:5432/collections_bench_$N}
HEAP=${BENCH_HEAP:--Xmx1g}
source bench/portfolio.sh   # builds, generates and imports the portfolio; sets CP and W

OUT="bench/results/triage-$N-$(date +%Y%m%d-%H%M).txt"
{
  echo "# bench/run-triage.sh $N $DB   ($(date -Is))"
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB RAM, $(uname -sr)"
  echo "java: $(java -version 2>&1 | head -1); heap flags: $HEAP"
  [[ "$DB" == jdbc:postgresql://* ]] && echo "database: $(psql -h 127.0.0.1 -U postgres -tAc 'SHOW server_version') on the same machine"
  java $HEAP -cp "$CP" dev.collections.bench.TriageBench --db-url="$DB" --label="$N" \
      --out="$W/out-$N" --results=bench/results/triage.jsonl 2>&1 | grep -v -e 'LogManager' -e 'JBossLoggerFinder' -e 'Log4j'
} | tee "$OUT"
echo "written: $OUT"
