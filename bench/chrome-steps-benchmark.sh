#!/usr/bin/env bash
# What the chrome and metadata steps cost: the standard cleaner against the same cleaner without
# them, interleaved rounds on one thread, over a generated news corpus (bench/gen_corpus.py).
#
#   bench/chrome-steps-benchmark.sh [SIZE_MB] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-16}
rounds=${2:-8}
data=corpus-bench/target/chrome-steps-corpus.jsonl
./mvnw -q -B -pl corpus-bench -am package -DskipTests \
  dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime >/dev/null
[ -f "$data" ] || python3 bench/gen_corpus.py corpus --out "$data" --size-mb "$size" --seed 3 --html-share 0
cp="corpus-bench/target/classes:$(cat corpus-bench/target/classpath.txt)"
java -Xmx1g -cp "$cp" io.corpus.bench.ChromeStepCost "$data" "$rounds"
