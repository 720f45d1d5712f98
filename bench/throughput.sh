#!/usr/bin/env bash
# Throughput of whosaid against a small regex baseline (bench/regex_baseline.py), measured in
# one run with interleaved rounds so both see the same machine state.
#
#   bench/throughput.sh            # from anywhere
#   ROUNDS=5 bench/throughput.sh   # rounds (default 3); the best round of each is reported
#   CORPUS=path.jsonl bench/throughput.sh   # another corpus (default: PolNeAR train x8, built if missing)
#
# whosaid runs on one thread (--threads 1) and on all cores (--threads $(nproc)); the second line
# gives the speed-up of all cores over one. MB/s = corpus bytes / wall seconds, MB = 1e6 bytes.
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

cores=$(nproc)
one_cmd=("$WHOSAID" extract --input jsonl --threads 1 "$CORPUS")
all_cmd=("$WHOSAID" extract --input jsonl --threads "$cores" "$CORPUS")
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
best_a=""
best_r=""
min() { awk -v x="$1" -v y="$2" 'BEGIN { print (y == "" || x < y) ? x : y }'; }
for ((i = 1; i <= ROUNDS; i++)); do
  w=$(seconds "${one_cmd[@]}")
  a=$(seconds "${all_cmd[@]}")
  r=$(seconds "${regex_cmd[@]}")
  echo "round $i/$ROUNDS: whosaid 1 thread ${w}s   $cores threads ${a}s   regex ${r}s" >&2
  best_w=$(min "$w" "$best_w")
  best_a=$(min "$a" "$best_a")
  best_r=$(min "$r" "$best_r")
done

awk -v corpus="$CORPUS" -v bytes="$bytes" -v docs="$docs" -v w="$best_w" -v a="$best_a" -v r="$best_r" -v cores="$cores" '
  BEGIN {
    if (w <= 0) w = 1e-6
    if (a <= 0) a = 1e-6
    if (r <= 0) r = 1e-6
    mw = bytes / 1e6 / w
    ma = bytes / 1e6 / a
    mr = bytes / 1e6 / r
    printf "corpus: %s (%.1f MB, %d docs)\n", corpus, bytes / 1e6, docs
    printf "whosaid (1 thread): %.1f MB/s   regex baseline: %.1f MB/s   ratio: %.1fx\n", mw, mr, mw / mr
    printf "whosaid (%d threads): %.1f MB/s   speed-up over 1 thread: %.2fx\n", cores, ma, ma / mw
  }'
