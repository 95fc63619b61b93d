#!/usr/bin/env bash
# Cleans each kept held-out set and scores it: bench/heldout/score.sh [SET...] (default: all of
# bench/heldout/sets). Prints each set's totals; COMPARE_ARGS=--cases prints every page too.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="${TMPDIR:-/tmp}/corpus-heldout"
mkdir -p "$out"
sets=("$@")
if [[ ${#sets[@]} -eq 0 ]]; then
  for d in "$here"/sets/*/; do sets+=("$(basename "$d")"); done
fi
for s in "${sets[@]}"; do
  "$root/corpus" clean "$here/sets/$s/raw" -o "$out/$s.jsonl" --force --quiet 2>/dev/null
  # shellcheck disable=SC2086
  python3 "$here/compare.py" "$here/sets/$s" "$out/$s.jsonl" ${COMPARE_ARGS:-} | tail -n "${TAIL:-1}"
done
