#!/usr/bin/env bash
# Runs the HTML extraction benchmark (Scrapinghub/Zyte, 181 news pages) on one thread, in
# process after a warm-up, and scores the predictions with the benchmark's own scorer.
#
#   bench/html-benchmark.sh [all|even|odd|halves] [clean|extract|jsoup-text]
#
# Environment: DATA (default ../shared/bench/scrapinghub), WARMUP (seconds, default 10), ROUNDS (5).
set -euo pipefail
cd "$(dirname "$0")/.."
split=${1:-all}
mode=${2:-clean}
bench=${DATA:-../shared/bench/scrapinghub}
out=corpus-bench/target/html-benchmark

./mvnw -q -B -pl corpus-bench -am package -DskipTests \
  dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime >/dev/null
cp="corpus-bench/target/classes:$(cat corpus-bench/target/classpath.txt)"

splits=$split
[ "$split" = halves ] && splits="even odd all"
for s in $splits; do
  java -Xmx1g -cp "$cp" io.corpus.bench.HtmlBenchmark --data "$bench/data" --out "$out" \
    --split "$s" --mode "$mode" --warmup-seconds "${WARMUP:-10}" --rounds "${ROUNDS:-5}"
  python3 "$bench/score.py" --n-bootstrap 200 --ground-truth "$out/ground-truth-$s.json" \
    --per-doc "$out/per-doc" "$out/corpus-$mode-$s.json"
done
