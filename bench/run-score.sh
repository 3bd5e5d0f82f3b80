#!/usr/bin/env bash
# What the behavioural score costs the night (issue 31; bench/README.md): the portfolio of N accounts imported as
# run-triage.sh imports it, then the full triage without a live model and with one, alternated in one JVM
# (ScoreBench), and writes bench/results/score-<N>-<date>.txt.
#
#   bench/run-score.sh [N=200000] [jdbc-url=jdbc:postgresql://127.0.0.1:5432/collections_bench_N] [rounds=2] [only]
#
# only = scored | none: every round runs that night alone (round 0 still a warm-up), as a bank's JVM runs one or the
# other; compare a run of each (the file's name says which).
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-200000}
DB=${2:-jdbc:postgresql://127.0.0.1:5432/collections_bench_$N}
ROUNDS=${3:-2}
ONLY=${4:-}
HEAP=${BENCH_HEAP:--Xmx1g}
source bench/portfolio.sh

OUT="bench/results/score-$N-$(date +%Y%m%d-%H%M)${ONLY:+-$ONLY}.txt"
{
  echo "# bench/run-score.sh $N $DB $ROUNDS${ONLY:+ $ONLY}   ($(date -Is))"
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); java: $(java -version 2>&1 | head -1)"
  java $HEAP -cp "$CP" dev.collections.bench.ScoreBench "$DB" 2026-11-23 "$ROUNDS" $ONLY 2>&1 \
      | grep -v -e 'LogManager' -e 'JBossLoggerFinder' -e 'Log4j'
} | tee "$OUT"
echo "written: $OUT"
