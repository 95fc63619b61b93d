#!/usr/bin/env bash
# Where the cleaner's time goes: each standard step's cost in ns per char of text, and the
# pipeline's own, on one thread, over the plain-text documents of a JSONL file (by default the
# first 40 MB of the throughput benchmark's corpus, which bench/throughput.sh generates).
#
#   bench/step-profile.sh [FILE.jsonl] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:-bench/work/sample.jsonl}
rounds=${2:-16}
corpus=bench/work/corpus-1024mb-seed42.jsonl
if [ ! -f "$data" ] && [ "$data" = bench/work/sample.jsonl ] && [ -f "$corpus" ]; then
  head -c 40000000 "$corpus" | head -n -1 > "$data" # whole lines only
fi
if [ ! -f "$data" ]; then
  echo "step-profile: $data is missing; run bench/throughput.sh first (it generates bench/work/)" >&2
  exit 2
fi
./mvnw -q -B -pl corpus-bench -am package -DskipTests \
  dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime >/dev/null
cp="corpus-bench/target/classes:$(cat corpus-bench/target/classpath.txt)"
java -Xmx2g -XX:+UseParallelGC -cp "$cp" io.corpus.bench.StepProfile "$data" "$rounds"
