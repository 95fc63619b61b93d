#!/usr/bin/env bash
# A/B speed of the whole Cleaner on the HTML benchmark: corpus-clean as of a git revision
# ("before", default main) against the working tree ("after"), run alternately in the same
# minutes, so that the load of a shared machine falls on both alike.
#
#   bench/html-benchmark-ab.sh [rev] [pairs]
#
# Environment: DATA (default ../shared/bench/scrapinghub), WARMUP (seconds, default 12), ROUNDS (7),
# SPLIT (all). Prints one line per run; compare the pages per CPU-second of the pairs.
set -euo pipefail
cd "$(dirname "$0")/.."
rev=${1:-main}
pairs=${2:-2}
bench=${DATA:-../shared/bench/scrapinghub}
base=$(mktemp -d)
trap 'rm -rf "$base"' EXIT

./mvnw -q -B -pl corpus-bench -am package -DskipTests \
  dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime >/dev/null
dep=$(cat corpus-bench/target/classpath.txt)
git archive "$rev" corpus-clean/src/main | tar -x -C "$base"
find "$base/corpus-clean/src/main/java" -name '*.java' ! -name module-info.java > "$base/sources.txt"
javac -nowarn -d "$base/classes" -cp "$dep" @"$base/sources.txt"
cp -r "$base/corpus-clean/src/main/resources/." "$base/classes/"

for _ in $(seq "$pairs"); do
  for v in before after; do
    if [ "$v" = before ]; then cp="corpus-bench/target/classes:$base/classes:$dep"; else cp="corpus-bench/target/classes:$dep"; fi
    java -Xmx1g -cp "$cp" io.corpus.bench.HtmlBenchmark --data "$bench/data" --out "$base/out-$v" \
      --split "${SPLIT:-all}" --mode clean --warmup-seconds "${WARMUP:-12}" --rounds "${ROUNDS:-7}" | sed "s/^/$v: /"
  done
done
if cmp -s "$base/out-before/corpus-clean-${SPLIT:-all}.json" "$base/out-after/corpus-clean-${SPLIT:-all}.json"; then
  echo "predictions: identical"
else
  echo "predictions: DIFFER"
fi
