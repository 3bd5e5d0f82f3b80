# Sourced by the triage benchmarks (run-triage.sh, run-cluster.sh) with N, DB and HEAP set: compiles the service
# and the benchmark classes (a copy, so that a rebuild meanwhile cannot pull them away), generates the synthetic
# portfolio of N accounts once, and imports it into DB unless SKIP_IMPORT=1 (a second import changes nothing).
# Sets W (the work directory) and CP (the class path).
W=bench/work
mkdir -p "$W" bench/results

./mvnw -q -B -ntp compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
# a copy of the classes, so that a rebuild while the benchmark runs cannot pull them away
rm -rf "$W/classes" "$W/bench-classes" && cp -r target/classes "$W/classes"
DEPS=$(cat target/classpath.txt)
javac -d "$W/bench-classes" -cp "$W/classes:$DEPS" bench/src/dev/collections/bench/*.java
CP="$W/bench-classes:$W/classes:$DEPS"

[ -f "$W/portfolio-$N/accounts.csv" ] || java -cp "$CP" dev.collections.bench.PortfolioGenerator "$N" "$W/portfolio-$N"

if [[ "$DB" == jdbc:postgresql://* ]]; then
  NAME=${DB##*/}; NAME=${NAME%%\?*}
  psql -h 127.0.0.1 -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$NAME'" | grep -q 1 \
    || psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $NAME"
fi
if [ -z "${SKIP_IMPORT:-}" ]; then   # SKIP_IMPORT=1: the database holds this portfolio already
  echo "importing $W/portfolio-$N (a second import of the same files changes nothing)"
  java -cp "$CP" dev.collections.cli.CollectionsCommand import --extract="$W/portfolio-$N" --db-url="$DB" || [ $? -eq 2 ]
  if [[ "$DB" == jdbc:postgresql://* ]]; then
    psql -h 127.0.0.1 -U postgres -d "$NAME" -qc "VACUUM ANALYZE"
  fi
fi

