#!/usr/bin/env bash
# Console page render times (issue 16, bench/README.md): the packaged service on the N-account PostgreSQL database
# that bench/run-triage.sh filled, a user with every console role signed in through the form login, each page asked
# WARM times unmeasured and then TIMES times; the server's time for each (curl's time to the last byte on loopback:
# no browser rendering) as median, 95th percentile and maximum, with the page's size. No page loads the portfolio.
#
#   bench/run-console.sh [N=1000000] [times=20]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000000}
TIMES=${2:-20}
WARM=5
NAME=collections_bench_$N
W=bench/work/console
PORT=8098
URL=http://127.0.0.1:$PORT
mkdir -p "$W" bench/results
psql -h 127.0.0.1 -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$NAME'" | grep -q 1 \
  || { echo "no database $NAME: run bench/run-triage.sh $N first (it generates and imports the portfolio)"; exit 1; }

./mvnw -q -B -ntp package -Ppostgresql -DskipTests
rm -rf "$W/app" && cp -r target/quarkus-app "$W/app"
HASH=$(printf '%s' 'bench:collections:bench-secret' | sha256sum | cut -d' ' -f1)
QUARKUS_HTTP_PORT=$PORT QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$NAME \
QUARKUS_SECURITY_USERS_EMBEDDED_USERS_BENCH=$HASH \
QUARKUS_SECURITY_USERS_EMBEDDED_ROLES_BENCH=policy-analyst,operator,auditor,collections-api \
COLLECTIONS_TRIAGE_SCHEDULE=off QUARKUS_LOG_LEVEL=WARN \
  java -Xmx1g -jar "$W/app/quarkus-run.jar" > "$W/service.log" 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2>/dev/null || true' EXIT
for i in $(seq 1 180); do
  curl -fs "$URL/q/health/ready" >/dev/null && break
  sleep 1
done

# the latest completed triage run; none yet: one is run now through the API (it is what the triage page shows)
DATE=$(psql -h 127.0.0.1 -U postgres -d "$NAME" -tAc \
  "SELECT MAX(business_date) FROM collections.triage_run WHERE status = 'COMPLETED'")
if [ -z "$DATE" ]; then
  DATE=$(date +%F)
  curl -fs -u bench:bench-secret -H 'Content-Type: application/json' -d "{\"businessDate\":\"$DATE\"}" \
    "$URL/api/v1/triage-runs" > /dev/null
  until curl -fs -u bench:bench-secret "$URL/api/v1/triage-runs/$DATE" | grep -q '"status":"COMPLETED"'; do sleep 5; done
fi
POSITIONS=$(psql -h 127.0.0.1 -U postgres -d "$NAME" -tAc \
  "SELECT MIN(business_date) || ' ' || MAX(business_date) FROM collections.account_position")
FROM=${POSITIONS% *}; TO=${POSITIONS#* }
[ "$FROM" = "$TO" ] && FROM=$(date -d "$TO - 30 days" +%F)
ACCOUNT=$(psql -h 127.0.0.1 -U postgres -d "$NAME" -tAc \
  "SELECT account_id FROM collections.triage_work_item WHERE business_date = '$DATE' AND next_action = 'HOME_VISIT' LIMIT 1")
REGION=$(psql -h 127.0.0.1 -U postgres -d "$NAME" -tAc "SELECT region FROM collections.account WHERE account_id = '$ACCOUNT'")

JAR="$W/cookies.txt"
rm -f "$JAR"
curl -fs -c "$JAR" -o /dev/null -d 'j_username=bench&j_password=bench-secret' "$URL/j_security_check"

PAGES=(
  "/console"
  "/console/accounts?q=ACC00012"
  "/console/accounts?q=NOSUCH"
  "/console/accounts?stage=M2&action=CALL"
  "/console/accounts?region=$REGION&action=HOME_VISIT"
  "/console/accounts/$ACCOUNT"
  "/console/rules"
  "/console/scenarios"
  "/console/simulation"
  "/console/triage"
  "/console/triage/$DATE"
  "/console/outcomes?from=$FROM&to=$TO"
  "/console/experiments"
)
OUT="bench/results/console-$N-$(date +%Y%m%d-%H%M).txt"
{
  echo "# bench/run-console.sh $N $TIMES   ($(date -Is))"
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $(java -version 2>&1 | head -1), -Xmx1g;"
  echo "PostgreSQL $(psql -h 127.0.0.1 -U postgres -tAc 'SHOW server_version') on the same machine; database $NAME,"
  echo "$(psql -h 127.0.0.1 -U postgres -d "$NAME" -tAc 'SELECT COUNT(*) FROM collections.account') accounts, triage of $DATE shown;"
  echo "each page $WARM times unmeasured, then $TIMES times; milliseconds to the last byte on loopback."
  echo
  printf '%-58s %8s %8s %8s %10s\n' page median p95 max bytes
  for page in "${PAGES[@]}"; do
    for i in $(seq 1 $WARM); do curl -s -b "$JAR" -o /dev/null "$URL$page"; done
    : > "$W/times.txt"
    for i in $(seq 1 "$TIMES"); do
      curl -s -b "$JAR" -o "$W/page.html" -w '%{http_code} %{time_total}\n' "$URL$page" >> "$W/times.txt"
    done
    code=$(cut -d' ' -f1 "$W/times.txt" | sort -u | tr '\n' ' ')
    sort -n -k2 "$W/times.txt" | awk -v page="$page" -v code="$code" -v bytes="$(wc -c < "$W/page.html")" '
      { t[NR] = $2 * 1000 }
      END { printf "%-58s %8.1f %8.1f %8.1f %10d%s\n", page, t[int((NR + 1) / 2)], t[int(NR * 0.95 + 0.5)], t[NR], bytes,
            (code == "200 " ? "" : "  HTTP " code) }'
  done
} | tee "$OUT"
echo "written: $OUT"
