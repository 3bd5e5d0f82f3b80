#!/usr/bin/env bash
# The same night decided by two versions of the service, compared account by account (issue 29): the synthetic
# portfolio of N accounts is imported into two PostgreSQL databases, the night of DATE is triaged in one by the
# commit OLD (a worktree under bench/work) and in the other by this checkout, and compare-runs prints every account
# decided otherwise (rung, not-before, priority, reasons, holds, offers, tasks, credit report, fallbacks, agency,
# step-downs). Exit 1 when any account differs.
#
#   bench/compare-nights.sh OLD [N=200000] [DATE=today in Asia/Shanghai]
set -euo pipefail
cd "$(dirname "$0")/.."
OLD=$(git rev-parse --short "${1:?the commit to compare with}")
N=${2:-200000}
DATE=${3:-$(TZ=Asia/Shanghai date +%F)}
W=bench/work
mkdir -p "$W" bench/results
OUT="bench/results/compare-nights-$N-$OLD-$(git rev-parse --short HEAD)-$(date +%Y%m%d-%H%M).txt"

classpath() { # $1: a checkout; prints its class path after compiling it
  (cd "$1" && ./mvnw -q -B -ntp compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >&2 \
    && echo "$PWD/target/classes:$(cat target/classpath.txt)")
}
night() { # $1: class path, $2: database name, $3: the checkout whose rules and settings decide
  psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $2" -c "CREATE DATABASE $2"
  local url="jdbc:postgresql://127.0.0.1:5432/$2" here="$PWD"
  (cd "$3" && java -cp "$1" dev.collections.cli.CollectionsCommand import --extract="$here/$W/portfolio-$N" \
      --db-url="$url" >/dev/null; \
    java -cp "$1" dev.collections.cli.CollectionsCommand triage --date="$DATE" --db-url="$url" \
      --out="$here/$W/nights-$2" 2>/dev/null | head -1)
}

NEW_CP=$(classpath .)
[ -f "$W/portfolio-$N/accounts.csv" ] || java -cp "$NEW_CP:$(javac -d "$W/bench-classes" -cp "$NEW_CP" \
  bench/src/dev/collections/bench/*.java && echo "$W/bench-classes")" dev.collections.bench.PortfolioGenerator "$N" "$W/portfolio-$N"
[ -d "$W/old-$OLD" ] || git worktree add -q --detach "$W/old-$OLD" "$OLD"
OLD_CP=$(classpath "$W/old-$OLD")
{
  echo "# bench/compare-nights.sh $OLD $N $DATE   ($(date -Is)): $OLD against $(git rev-parse --short HEAD)"
  echo "old: $(night "$OLD_CP" collections_night_old "$W/old-$OLD")"
  echo "new: $(night "$NEW_CP" collections_night_new .)"
  java -cp "$NEW_CP" dev.collections.cli.CollectionsCommand compare-runs --date="$DATE" --show=30 \
    --db-url=jdbc:postgresql://127.0.0.1:5432/collections_night_old \
    --other-db-url=jdbc:postgresql://127.0.0.1:5432/collections_night_new && echo "no account decided otherwise"
} | tee "$OUT"
echo "written: $OUT"
