#!/usr/bin/env bash
# Times `corpus convert` from a JSONL of N documents (the cleaned examples repeated under new ids,
# one in ten with a text over the 32,767-character cell limit) to JSONL, CSV (continuation
# columns and rows) and XLSX, and reports wall time and peak memory (GNU time).
#
#   bench/export-benchmark.sh [N]        (default N=10000)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
work=bench/work/export
mkdir -p "$work"
./corpus clean examples -o "$work/seeds.jsonl" --force --provenance 2>/dev/null
python3 - "$work/seeds.jsonl" "$work/in.jsonl" "$n" <<'PY'
import json, sys
seeds = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for i in range(int(sys.argv[3])):
        d = dict(seeds[i % len(seeds)])
        d["id"] = f"{d['id']}-{i}"
        if i % 10 == 0:
            d["text"] = (d["text"] + "\n\n") * 5  # over the cell limit
        out.write(json.dumps(d, ensure_ascii=False) + "\n")
PY
ls -l "$work/in.jsonl" | awk '{printf "input: %s documents, %.1f MB\n", '"$n"', $5/1e6}'
run() {
  local label=$1; shift
  /usr/bin/time -f "$label: %e s wall, %U s user + %S s sys CPU, peak RSS %M KB" ./corpus convert "$work/in.jsonl" --force --provenance "$@" 2>&1 >/dev/null \
    | grep -E '^[a-z].*: [0-9.]+ s'
}
run "jsonl" -o "$work/out.jsonl"
run "csv (columns)" -o "$work/out.csv"
run "csv (rows)" -o "$work/out-rows.csv" --long-text rows
run "xlsx" -o "$work/out.xlsx"
ls -l "$work"/out* | awk '{printf "%s %.1f MB\n", $9, $5/1e6}'
