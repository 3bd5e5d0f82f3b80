#!/usr/bin/env bash
# The engine's JMH suite (issue 17, bench/README.md): figure (a), one account decided by the triage's evaluator on
# two threads, and the reload latency (compile and check the rules directory), each with the classic DRL build and
# Drools' executable model built at run time from the same files; and the behavioural score's own work an account
# (ScoreBenchmark, issue 31: features, tree walk). Writes bench/results/engine-<date>.txt.
#
#   bench/run-engine.sh                     # every benchmark, both builds
#   bench/run-engine.sh EngineBenchmark -p build=classic -prof gc     # any JMH arguments
#   bench/run-engine.sh ScoreBenchmark
set -euo pipefail
cd "$(dirname "$0")/.."
W=bench/work
mkdir -p "$W" bench/results
./mvnw -q -B -ntp compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
./mvnw -q -B -ntp -f bench/jmh/pom.xml dependency:build-classpath -Dmdep.outputFile="$PWD/$W/jmh-classpath.txt"
rm -rf "$W/jmh-classes" "$W/jmh-service-classes" && cp -r target/classes "$W/jmh-service-classes"
CP="$W/jmh-service-classes:$(cat target/classpath.txt):$(cat "$W/jmh-classpath.txt")"
javac -q -d "$W/jmh-classes" -cp "$CP" -processorpath "$(cat "$W/jmh-classpath.txt")" \
    bench/src/dev/collections/bench/PortfolioGenerator.java bench/jmh/src/dev/collections/bench/jmh/*.java 2>/dev/null \
  || javac -d "$W/jmh-classes" -cp "$CP" -processorpath "$(cat "$W/jmh-classpath.txt")" \
    bench/src/dev/collections/bench/PortfolioGenerator.java bench/jmh/src/dev/collections/bench/jmh/*.java
CP="$W/jmh-classes:$CP"

OUT="bench/results/engine-$(date +%Y%m%d-%H%M).txt"
{
  echo "# bench/run-engine.sh $*   ($(date -Is), commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src rules || echo ' + changes'))"
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(uname -sr)"
  echo "java: $(java -version 2>&1 | head -1)"
  java -cp "$CP" org.openjdk.jmh.Main "$@" 2>&1 \
    | grep -v -e 'LogManager' -e 'JBossLoggerFinder' -e 'Log4j'
} | tee "$OUT"
echo "written: $OUT"
