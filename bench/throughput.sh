#!/usr/bin/env bash
# Corpus-scale benchmark of `corpus clean` (issue 6). Reproducible: the corpus is generated from a
# seed by bench/gen_corpus.py (Python 3 standard library) into bench/work/ (git-ignored).
#
# Usage: bench/throughput.sh [SIZE_MB]        (default 1024: a 1 GB JSONL corpus)
#   SEED=42        generator seed
#   ADV_MB=32      size of each adversarial / news input for the per-byte comparison
#   SKIP_ADV=1     skip the adversarial comparison
#   STEADY_MB=128  size of the slice the steady-state runner uses (0 skips it)
#   REPEAT=3       whole-process runs per configuration; the median time is reported
#   SKIP_CPU=1     skip the runs that split the whole-process CPU time by kind of thread
#
# Reports, in one run: clean throughput (MB/s of input), the pass-through floor (--no-clean),
# their ratio, 1 versus 2 threads, peak RSS (GNU time), and the per-byte cost of 1 MB
# adversarial documents against ordinary news text. Throughput is input bytes over the wall time
# of the whole process (JVM start and JIT warm-up included); the adversarial comparison uses the
# run time the job reports (reading to last write), so JVM start does not blur small inputs.
#
# Then one more clean run and one more pass-through run under bench/thread_cpu.py, which splits
# the process's CPU seconds by kind of thread: JIT compilers, garbage collector, and the threads
# that read, clean and write. On 2 cores the compilers compete with the work for the same cores.
#
# Then the same four measures in steady state: corpus-bench's SteadyThroughput runs the same job
# in one JVM, with the launcher's JVM settings, over the first STEADY_MB of the corpus, three
# warm-up rounds and three measured rounds (median). A 1 GB run spends a large share of its
# time warming up; a 50 GB run does not, so this is what a long run sees.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$here/bench/work"
size_mb="${1:-1024}"
seed="${SEED:-42}"
adv_mb="${ADV_MB:-32}"
mkdir -p "$work"

# GNU time gives the peak RSS; install it if this is a Debian-like machine where we may.
if ! /usr/bin/time -f '%M' true >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1 && [[ "$(id -u)" == 0 ]]; then
    apt-get install -y -q time >/dev/null
  else
    echo "bench: GNU time (/usr/bin/time) is required: install the 'time' package" >&2
    exit 2
  fi
fi
command -v python3 >/dev/null || { echo "bench: python3 is required for the generator" >&2; exit 2; }

echo "bench: building the command line and the steady-state runner" >&2
(cd "$here" && ./mvnw -q -B -DskipTests package -pl corpus-cli -am >&2)
(cd "$here" && ./mvnw -q -B -DskipTests -pl corpus-bench -am package dependency:build-classpath \
  -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime >/dev/null)

corpus="$work/corpus-${size_mb}mb-seed${seed}.jsonl"
if [[ ! -s "$corpus" ]]; then
  echo "bench: generating $corpus" >&2
  python3 "$here/bench/gen_corpus.py" corpus --out "$corpus" --size-mb "$size_mb" --seed "$seed"
fi
bytes=$(stat -L -c %s "$corpus")
mb=$(python3 -c "print(f'{$bytes/1e6:.1f}')")

# The launcher with its default JVM settings, without its rebuild check: editing a source mid-run
# must not put a Maven build inside a measurement.
cli=(env CORPUS_NO_BUILD=1 "$here/corpus")

# run LABEL ARGS...: one `corpus clean` run; sets secs (wall), rss_mb, job_secs (reported).
run() {
  local label="$1"; shift
  local out="$work/out-$label.jsonl"
  /usr/bin/time -f '%e %M' -o "$work/time-$label.txt" \
    "${cli[@]}" clean "$@" -o "$out" --force --quiet 2>"$work/err-$label.txt" || true
  read -r secs kb < <(tail -n 1 "$work/time-$label.txt")
  rss_mb=$((kb / 1024))
  job_secs=$(sed -n 's/^read .* in \([0-9.]*\) s.*/\1/p' "$work/err-$label.txt")
  rm -f "$out"
  echo "bench: $label: ${secs}s wall, job ${job_secs}s, peak RSS ${rss_mb} MB" >&2
}
mbps() { python3 -c "print(f'{$1/$2/1e6:.1f}')"; }

# runs LABEL ARGS...: REPEAT runs, interleaved with the other configurations by the caller's loop;
# appends each wall time to times_LABEL and keeps the largest peak RSS in rss_LABEL.
repeat="${REPEAT:-3}"
declare -A times rss
runs() {
  local label="$1"; shift
  run "$label" "$@"
  times[$label]+="$secs "
  rss[$label]=$(( ${rss[$label]:-0} > rss_mb ? ${rss[$label]:-0} : rss_mb ))
}
median() { python3 -c "import statistics,sys; print(statistics.median(float(x) for x in sys.argv[1:]))" $1; }

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for ((r = 1; r <= repeat; r++)); do
  runs pass --no-clean "$corpus"
  runs clean "$corpus"
  runs clean1 --threads 1 "$corpus"
  runs clean2 --threads 2 "$corpus"
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
pass_s=$(median "${times[pass]}");   pass_rss=${rss[pass]}
clean_s=$(median "${times[clean]}"); clean_rss=${rss[clean]}
t1_s=$(median "${times[clean1]}")
t2_s=$(median "${times[clean2]}");   t2_rss=${rss[clean2]}

pass_mbps=$(mbps "$bytes" "$pass_s")
clean_mbps=$(mbps "$bytes" "$clean_s")
t1_mbps=$(mbps "$bytes" "$t1_s")
t2_mbps=$(mbps "$bytes" "$t2_s")
ratio=$(python3 -c "print(f'{$pass_s/$clean_s:.2f}')")
scaling=$(python3 -c "print(f'{$t1_s/$t2_s:.2f}')")
peak=$(( clean_rss > pass_rss ? clean_rss : pass_rss ))
peak=$(( t2_rss > peak ? t2_rss : peak ))
ok() { python3 -c "print('yes' if $1 else 'NO')"; }

adv_rows=""
if [[ "${SKIP_ADV:-0}" != 1 ]]; then
  news="$work/news-${adv_mb}mb.jsonl"
  [[ -s "$news" ]] || python3 "$here/bench/gen_corpus.py" news --out "$news" --size-mb "$adv_mb" --seed 7
  run news --threads 1 "$news"
  news_per_mb=$(python3 -c "print($job_secs/($(stat -L -c %s "$news")/1e6))")
  worst=0
  for kind in spaces nbsp no-newlines tooltips speakers banners markers short-lines mixed; do
    adv="$work/adversarial-$kind-${adv_mb}mb.jsonl"
    [[ -s "$adv" ]] || python3 "$here/bench/gen_corpus.py" adversarial --kind "$kind" --out "$adv" --size-mb "$adv_mb" --seed 11
    run "adv-$kind" --threads 1 "$adv"
    rel=$(python3 -c "print(f'{($job_secs/($(stat -L -c %s "$adv")/1e6))/$news_per_mb:.2f}')")
    worst=$(python3 -c "print(max($worst, $rel))")
    adv_rows+="| adversarial \`$kind\` (1 MB documents) | $(mbps "$(stat -L -c %s "$adv")" "$job_secs") MB/s | ${rel}x news per byte |"$'\n'
  done
  adv_rows="| ordinary news text | $(python3 -c "print(f'{1/$news_per_mb:.1f}')") MB/s | 1.00x |"$'\n'"$adv_rows"
fi

cpu_rows=""
if [[ "${SKIP_CPU:-0}" != 1 ]]; then
  # cpu_split LABEL ARGS...: one whole-process run under thread_cpu.py; appends a table row.
  cpu_split() {
    local label="$1"; shift
    local out="$work/out-cpu-$label.jsonl" start end split
    start=$(date +%s.%N)
    split=$(python3 "$here/bench/thread_cpu.py" --json -- \
      "${cli[@]}" clean "$@" -o "$out" --force --quiet 2>"$work/err-cpu-$label.txt") || true
    end=$(date +%s.%N)
    rm -f "$out"
    echo "bench: cpu $label: $split" >&2
    cpu_rows+=$(python3 - "$label" "$split" "$start" "$end" <<'PY'
import json, sys
label, split, start, end = sys.argv[1], json.loads(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
wall = end - start
share = lambda k: f"{split[k]:.1f} s ({100 * split[k] / split['all']:.0f}%)"
print(f"| {label} | {wall:.1f} s | {split['all']:.1f} s | {split['all'] / wall:.2f} | "
      f"{share('work')} | {share('c2')} | {share('c1')} | {share('gc')} |")
PY
)$'\n'
  }
  cpu_split "pass-through (--no-clean)" --no-clean "$corpus"
  cpu_split "clean" "$corpus"
fi

steady_mb="${STEADY_MB:-128}"
steady_rows=""
if [[ "$steady_mb" != 0 ]]; then
  slice="$work/steady-${steady_mb}mb-seed${seed}.jsonl"
  # The first STEADY_MB of the corpus, cut at a line end.
  [[ -s "$slice" ]] || head -c $((steady_mb * 1048576)) "$corpus" | head -n -1 >"$slice"
  echo "bench: steady state over $(basename "$slice")" >&2
  eval "$(grep '^jvm_opts=' "$here/corpus")" # the launcher's JVM settings
  java "${jvm_opts[@]}" \
    -cp "$here/corpus-bench/target/classes:$(cat "$here/corpus-bench/target/classpath.txt")" \
    io.corpus.bench.SteadyThroughput "$slice" "$work/steady-out.jsonl" 3 3 >"$work/steady.txt"
  st() { sed -n "s/^steady $1 //p" "$work/steady.txt"; }
  steady_rows="| pass-through, 1 thread | $(st pass-1) MB/s | | |"$'\n'
  steady_rows+="| pass-through, 2 threads | $(st pass-2) MB/s | | |"$'\n'
  steady_rows+="| clean, 1 thread | $(st clean-1) MB/s | | |"$'\n'
  steady_rows+="| clean, 2 threads | $(st clean-2) MB/s | | |"$'\n'
  steady_rows+="| clean / pass-through (2 threads) | $(st ratio) | >= 0.60 | $(ok "$(st ratio) >= 0.60") |"$'\n'
  steady_rows+="| 2 threads / 1 thread (clean) | $(st scaling) | >= 1.80 | $(ok "$(st scaling) >= 1.80") |"$'\n'
fi

report="$work/results.md"
{
  echo "## corpus clean benchmark"
  echo
  echo "- input: \`$(basename "$corpus")\`, $mb MB, $(wc -l <"$corpus") documents (seed $seed)"
  echo "- machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB RAM, $(java -version 2>&1 | head -1)"
  echo "- load average before/after: $load_before / $load_after"
  echo "- commit: $(cd "$here" && git rev-parse --short HEAD 2>/dev/null || echo unknown), $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "- command: \`bench/throughput.sh $size_mb\`"
  echo
  echo "Whole process (JVM start and warm-up included), median of $repeat runs:"
  echo
  echo "| measure | figure | target | met |"
  echo "|---|---|---|---|"
  echo "| clean throughput (default threads: $(nproc)) | $clean_mbps MB/s | | |"
  echo "| pass-through floor (\`--no-clean\`) | $pass_mbps MB/s | | |"
  echo "| clean / pass-through | $ratio | >= 0.60 | $(ok "$ratio >= 0.60") |"
  echo "| 1 thread | $t1_mbps MB/s | | |"
  echo "| 2 threads | $t2_mbps MB/s | | |"
  echo "| 2 threads / 1 thread | $scaling | >= 1.80 | $(ok "$scaling >= 1.80") |"
  echo "| peak RSS (default settings) | $peak MB | < 512 MB | $(ok "$peak < 512") |"
  if [[ -n "$cpu_rows" ]]; then
    echo
    echo "Where the whole-process CPU goes (one more run of each, threads by kind, bench/thread_cpu.py):"
    echo
    echo "| run | wall | CPU | cores busy | reading, cleaning, writing | C2 compiler | C1 compiler | GC and VM |"
    echo "|---|---|---|---|---|---|---|---|"
    printf '%s' "$cpu_rows"
  fi
  if [[ -n "$steady_rows" ]]; then
    echo
    echo "Steady state (one JVM, after warm-up, median of 3 rounds over the first $steady_mb MB):"
    echo
    echo "| measure | figure | target | met |"
    echo "|---|---|---|---|"
    printf '%s' "$steady_rows"
  fi
  if [[ -n "$adv_rows" ]]; then
    echo
    echo "| input (single thread) | throughput | per-byte cost |"
    echo "|---|---|---|"
    printf '%s' "$adv_rows"
    echo
    echo "Worst adversarial per-byte cost: ${worst}x ordinary news (target <= 3): $(ok "$worst <= 3")"
  fi
} | tee "$report"
echo "bench: report written to $report" >&2
