#!/usr/bin/env bash
# What the outcome step after a night costs once the record holds many nights (issue 29, item 7; bench/README.md):
# the portfolio of N accounts imported as run-triage.sh imports it, then OutcomesBench: NIGHTS completed runs of N
# work items, one a day, and the outcome step timed on the night the first run's 30-day horizon comes due, on the
# night the last one's does (the others' outcomes stored), and on the night after (nothing due). Writes
# bench/results/outcomes-<N>-<date>.txt. The database is the benchmark's own: its runs and outcomes are replaced.
# OUTCOME_SESSIONS=k in the environment: a run's outcomes in k parts at once (default: the cores, as the service's
# workers); 1 is one statement.
#
#   bench/run-outcomes.sh [N=1000000] [jdbc-url=jdbc:postgresql://127.0.0.1:5432/collections_bench_outcomes_N]
#                         [nights=30] [quiet]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000000}
DB=${2:-jdbc:postgresql://127.0.0.1:5432/collections_bench_outcomes_$N}
NIGHTS=${3:-30}
ACTIVITY=${4:-}   # quiet: no contacts, promises, complaints or payments in the windows
HEAP=${BENCH_HEAP:--Xmx1g}
source bench/portfolio.sh

OUT="bench/results/outcomes-$N-$(date +%Y%m%d-%H%M)${ACTIVITY:+-$ACTIVITY}.txt"
{
  echo "# bench/run-outcomes.sh $N $DB $NIGHTS $ACTIVITY  ($(date -Is), $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src || echo ' + working tree'))"
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); java: $(java -version 2>&1 | head -1)"
  java $HEAP -cp "$CP" dev.collections.bench.OutcomesBench "$DB" "$NIGHTS" $ACTIVITY 2>&1 \
      | grep -v -e 'LogManager' -e 'JBossLoggerFinder' -e 'Log4j'
} | tee "$OUT"
echo "written: $OUT"
