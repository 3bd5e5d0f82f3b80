#!/usr/bin/env bash
# The load test (bench/README.md): the packaged service with persistence on PostgreSQL, driven on loopback by
# autocannon (a standard HTTP load generator, from npm) at a fixed rate for 5 minutes, then the same against the
# bare JSON endpoint (same HTTP stack, security and parsing; no rules, no database); then each at full speed.
# Throughput, latency percentiles, errors and the heap every 5 s go to bench/results/load-<time>.md.
#
#   bench/run-load.sh [rate=1000] [seconds=300] [max-seconds=30]
set -euo pipefail
cd "$(dirname "$0")/.."
RATE=${1:-1000}
SECONDS_FIXED=${2:-300}
SECONDS_MAX=${3:-30}
W=bench/work/load
PORT=8099
mkdir -p "$W" bench/results
[ -d "$W/node_modules/autocannon" ] || npm install --silent --prefix "$W" autocannon@8 >/dev/null
cp bench/load/load.js "$W/"

./mvnw -q -B -ntp package -Ppostgresql -DskipTests
rm -rf "$W/app" && cp -r target/quarkus-app "$W/app"
psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS collections_load" -c "CREATE DATABASE collections_load"

# a load-test user with the collections-api role, password hashed as the README says
HASH=$(printf '%s' 'loadtest:collections:load-secret' | sha256sum | cut -d' ' -f1)
QUARKUS_HTTP_PORT=$PORT QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/collections_load \
QUARKUS_SECURITY_USERS_EMBEDDED_USERS_LOADTEST=$HASH QUARKUS_SECURITY_USERS_EMBEDDED_ROLES_LOADTEST=collections-api \
COLLECTIONS_TRIAGE_SCHEDULE=off QUARKUS_LOG_LEVEL=WARN \
QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY="$(head -c 48 /dev/urandom | base64 -w0)" \
  java -Xmx512m -Dcollections.benchmark.bare-endpoint=true -jar "$W/app/quarkus-run.jar" > "$W/service.log" 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2>/dev/null || true; kill ${SAMPLER:-} 2>/dev/null || true' EXIT
for i in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null && break
  sleep 1
done
curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null \
  || { echo "the service did not start; $W/service.log:" >&2; grep -m3 -e ERROR -e 'Caused by' "$W/service.log" >&2; exit 1; }

heap() { # MiB of heap in use, from the service's own Prometheus metrics
  curl -fs "http://127.0.0.1:$PORT/q/metrics" | awk '/^jvm_memory_used_bytes\{area="heap"/ {s += $NF} END {printf "%.0f", s / 1048576}'
}
: > "$W/heap.csv"
( start=$(date +%s); while true; do echo "$(( $(date +%s) - start )),$(heap)" >> "$W/heap.csv"; sleep 5; done ) &
SAMPLER=$!

A=http://127.0.0.1:$PORT/api/v1/assessments
B=http://127.0.0.1:$PORT/api/v1/benchmark/bare-assessments
CRED=loadtest:load-secret
node "$W/load.js" "$A" "$RATE" 60 50 "$CRED" "$W/warmup.json" > /dev/null   # JIT warm-up at the rate, not reported
echo "phase,start_s" > "$W/phases.csv"
phase() { echo "$1,$(( $(date +%s) - $(stat -c %Y "$W/heap.csv") ))" >> "$W/phases.csv"; }
PREVIOUS=$(ls bench/results/load-*.md 2>/dev/null | sort | tail -1 || true)   # the names sort by time
OUT="bench/results/load-$(date +%Y%m%d-%H%M).md"
{
  echo "# Load test, $(date -Is)"
  echo
  echo "Command: \`bench/run-load.sh $RATE $SECONDS_FIXED $SECONDS_MAX\`. Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB;"
  echo "$(java -version 2>&1 | head -1), -Xmx512m; PostgreSQL $(psql -h 127.0.0.1 -U postgres -tAc 'SHOW server_version') on the same machine;"
  echo "autocannon $(node -e "console.log(require('./$W/node_modules/autocannon/package.json').version)") on loopback, HTTP Basic auth on every request, every request a different account."
  echo
  echo '```'
  node "$W/load.js" "$A" "$RATE" "$SECONDS_FIXED" 50 "$CRED" "$W/assess-fixed.json"
  node "$W/load.js" "$B" "$RATE" "$SECONDS_FIXED" 50 "$CRED" "$W/bare-fixed.json"
  node "$W/load.js" "$A" max "$SECONDS_MAX" 64 "$CRED" "$W/assess-max.json"
  node "$W/load.js" "$B" max "$SECONDS_MAX" 64 "$CRED" "$W/bare-max.json"
  echo '```'
} | tee "$OUT.tmp"
kill $SAMPLER
DECISIONS=$(psql -h 127.0.0.1 -U postgres -d collections_load -tAc "SELECT count(*) FROM collections.decision")
node -e '
const fs = require("fs"); const w = process.argv[1];
const r = n => JSON.parse(fs.readFileSync(w + "/" + n + ".json"));
const a = r("assess-fixed"), b = r("bare-fixed"), am = r("assess-max"), bm = r("bare-max");
const row = (name, x) => `| ${name} | ${x.requests.average.toFixed(0)} | ${x.requests.total} | ${x.latency.p50} | ${x.latency.p90} | ${x.latency.p99} | ${x.latency.max} | ${x.errors + x.timeouts} | ${x.non2xx} |`;
console.log("\n| run | req/s | requests | p50 ms | p90 ms | p99 ms | max ms | errors+timeouts | non-2xx |\n|---|---|---|---|---|---|---|---|---|");
console.log(row("assessments, fixed rate", a)); console.log(row("bare endpoint, fixed rate", b));
console.log(row("assessments, full speed", am)); console.log(row("bare endpoint, full speed", bm));
console.log(`\nAssessments at full speed / bare endpoint at full speed: ${(am.requests.average / bm.requests.average).toFixed(2)} (floor 0.25).`);
' "$W" >> "$OUT.tmp"
{
  echo
  echo "Decisions recorded in PostgreSQL: $DECISIONS (every 2xx assessment is one)."
  echo
  echo "Heap in use (MiB, from /q/metrics every 5 s; the fixed-rate assessments run first, for ${SECONDS_FIXED} s):"
  echo
  echo '```'
  awk -F, '{printf "%s s: %s MiB\n", $1, $2}' "$W/heap.csv" | awk 'NR % 6 == 1'
  echo '```'
} >> "$OUT.tmp"
if [ -n "$PREVIOUS" ]; then   # the figures of the run before, beside this one's
  {
    echo
    echo "The previous run ($(basename "$PREVIOUS")), for comparison:"
    echo
    grep -E '^\| (run|---|assessments|bare)' "$PREVIOUS" || true
    echo
    grep '^Assessments at full speed' "$PREVIOUS" || true
  } >> "$OUT.tmp"
fi
mv "$OUT.tmp" "$OUT"
echo "written: $OUT"
