#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The cost of `locklens trace` to the program it traces: each program run alone and under
# the trace, alternated REPS times, in one session; medians, their ratio, and the records the
# channel dropped. Run from the build folder's parent: tests/bench/tracebench.sh [BUILD] [REPS]
set -euo pipefail
build=${1:-build/dev}
reps=${2:-7}
locklens=$build/app/locklens
loop=$build/tests/bench/locklens_trace_insertloop
py="$(dirname "$0")/trace_pyinsert.py"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# rate PROGRAM...: the rows per second the program printed.
rate() { "$@" | sed -n 's/^rows_per_s //p'; }
# traced PROGRAM...: the same under the trace; the channel's drops go to $work/dropped.
traced() {
    "$locklens" trace --progress 0 -- "$@" > "$work/out"
    sed -n 's/^channel: .* read, \([0-9]*\) dropped$/\1/p' "$work/out" >> "$work/dropped"
    sed -n 's/^channel: \([0-9]*\) records read.*/\1/p' "$work/out" > "$work/records"
    sed -n 's/^rows_per_s //p' "$work/out"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

compare() { # NAME ROWS COMMAND...
    local name=$1 rows=$2; shift 2
    : > "$work/plain"; : > "$work/trace"
    for i in $(seq "$reps"); do
        rm -f "$work"/t.db*; rate "$@" >> "$work/plain"
        rm -f "$work"/t.db*; traced "$@" >> "$work/trace"
    done
    local p t
    p=$(median < "$work/plain"); t=$(median < "$work/trace")
    local recs; recs=$(cat "$work/records")
    awk -v n="$name" -v p="$p" -v t="$t" -v r="$recs" -v rows="$rows" 'BEGIN {
        printf "%-52s alone %9.0f rows/s  traced %9.0f rows/s  ratio %.3f  records/row %.4f", n, p, t, t / p, r / rows
        if (r > 0 && t < p) printf "  ns per record %.0f", (1e9 / t - 1e9 / p) * rows / r
        printf "\n" }'
}

compare "C loop, 1 writer, 1000-row transactions, WAL" 1000000 "$loop" "$work/t.db" 1000000 1000
compare "C loop, 1 writer, 1-row transactions, WAL" 100000 "$loop" "$work/t.db" 100000 1
if command -v python3 > /dev/null; then
    compare "Python, 4 threads x 25000 rows, 100-row transactions" 100000 python3 "$py" "$work/t.db" 4 25000 100
fi
echo "records dropped in all traced runs: $(awk '{s += $1} END {print s + 0}' "$work/dropped")"
