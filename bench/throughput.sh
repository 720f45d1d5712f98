#!/usr/bin/env bash
# Throughput of whosaid against a small regex baseline (bench/regex_baseline.py), measured in
# one run with interleaved rounds so both see the same machine state.
#
#   bench/throughput.sh            # from anywhere
#   ROUNDS=5 bench/throughput.sh   # rounds (default 3); the best round of each is reported
#   CORPUS=path.jsonl bench/throughput.sh   # another corpus (default: PolNeAR train x8, built if missing)
#
# whosaid runs with --threads 1 when `whosaid extract --help` mentions --threads.
# MB/s = corpus bytes / wall seconds, MB = 1e6 bytes.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

ROUNDS="${ROUNDS:-3}"
CORPUS="${CORPUS:-build/bench/polnear_train_x8.jsonl}"
WHOSAID="${WHOSAID:-build/whosaid}"   # override only for testing the script
PYTHON=/usr/bin/python3

die() { echo "throughput: $*" >&2; exit 2; }

[[ "$ROUNDS" =~ ^[1-9][0-9]*$ ]] || die "ROUNDS must be a positive integer (got '$ROUNDS')"
[[ -x "$WHOSAID" ]] || die "$WHOSAID is missing or not executable; build it first (cmake -S . -B build && cmake --build build)"
[[ -x "$PYTHON" ]] || die "$PYTHON not found"

if [[ ! -s "$CORPUS" ]]; then
  echo "throughput: building $CORPUS" >&2
  "$PYTHON" bench/make_corpus.py -o "$CORPUS"   # exits 3 with a message when PolNeAR is absent
fi

help_text="$("$WHOSAID" extract --help 2>&1 || true)"
whosaid_cmd=("$WHOSAID" extract --input jsonl)
label="whosaid"
if [[ "$help_text" == *--threads* ]]; then
  whosaid_cmd+=(--threads 1)
  label="whosaid (1 thread)"
fi
whosaid_cmd+=("$CORPUS")
regex_cmd=("$PYTHON" bench/regex_baseline.py "$CORPUS")

bytes=$(wc -c < "$CORPUS")
docs=$(wc -l < "$CORPUS")
cat "$CORPUS" > /dev/null   # warm the page cache before the first timed round

# seconds <cmd...>: run cmd with stdout to /dev/null, print its wall time in seconds
seconds() {
  local t0 t1
  t0=$(date +%s.%N)
  "$@" > /dev/null || die "command failed: $*"
  t1=$(date +%s.%N)
  awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.6f\n", b - a }'
}

best_w=""
best_r=""
for ((i = 1; i <= ROUNDS; i++)); do
  w=$(seconds "${whosaid_cmd[@]}")
  r=$(seconds "${regex_cmd[@]}")
  echo "round $i/$ROUNDS: whosaid ${w}s   regex ${r}s" >&2
  best_w=$(awk -v x="$w" -v y="$best_w" 'BEGIN { print (y == "" || x < y) ? x : y }')
  best_r=$(awk -v x="$r" -v y="$best_r" 'BEGIN { print (y == "" || x < y) ? x : y }')
done

awk -v corpus="$CORPUS" -v bytes="$bytes" -v docs="$docs" -v w="$best_w" -v r="$best_r" -v label="$label" '
  BEGIN {
    if (w <= 0) w = 1e-6
    if (r <= 0) r = 1e-6
    mw = bytes / 1e6 / w
    mr = bytes / 1e6 / r
    printf "corpus: %s (%.1f MB, %d docs)\n", corpus, bytes / 1e6, docs
    printf "%s: %.1f MB/s   regex baseline: %.1f MB/s   ratio: %.1fx\n", label, mw, mr, mw / mr
  }'
