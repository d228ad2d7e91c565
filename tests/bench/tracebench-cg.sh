#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Instruction counts (valgrind --tool=callgrind) of `locklens trace` on the programs it is
# benchmarked on: each program run alone and under the trace at two sizes, so that the
# difference gives instructions per row without start-up:
#     Ir/row = (Ir(N2) - Ir(N1)) / (rows(N2) - rows(N1))
# and the library's own share of the traced count (tracecost.py: its functions' instructions and
# the calls they make outside the work SQLite does anyway).
# The Python program's threads race for the write lock and for SQLite's automatic checkpoint,
# so that which connection checkpoints, and how much it copies, changes from run to run: it
# is repeated REPS times, and each run's checkpoint instructions are shown.
# usage: tests/bench/tracebench-cg.sh [SOURCE_DIR] [WORK_DIR] [REPS]  (SOURCE_DIR/build/dev built with
# the dev preset; SOURCE_DIR defaults to this checkout; needs valgrind). About 5 minutes.
set -euo pipefail
here=$(dirname "$(readlink -f "$0")")
src=$(readlink -f "${1:-$here/../..}")
work=${2:-$(mktemp -d)}
reps=${3:-3}
build=$src/build/dev
locklens=$build/app/locklens
loop=$build/tests/bench/locklens_trace_insertloop
pyscript=$src/tests/bench/trace_pyinsert.py
# The interpreter itself: pyenv's `python3` is a shell shim that execs it, and valgrind without
# --trace-children would count the shim's bash and let Python run uninstrumented.
py=$(python3 -c 'import sys; print(sys.executable)')
mkdir -p "$work"
cd "$work"
echo "source $(git -C "$src" log -1 --format='%h %s' | cut -c1-100)"
echo "valgrind $(valgrind --version), python $py ($("$py" --version 2>&1)), $(nproc) cores"

# cg NAME MODE COMMAND...: one callgrind run on a fresh database; MODE alone or traced.
cg() {
    local name=$1 mode=$2; shift 2
    rm -f "$work"/t.db*
    local vg=(valgrind --tool=callgrind "--callgrind-out-file=$work/$name.$mode.cg")
    if [ "$mode" = traced ]; then
        "$locklens" trace --progress 0 -- "${vg[@]}" "$@" > "$work/$name.$mode.log" 2>&1
    else
        "${vg[@]}" "$@" > "$work/$name.$mode.log" 2>&1
    fi
}
total() { sed -n 's/^summary: //p' "$1"; }
records() { sed -n 's/^channel: //p' "$1"; }
# ckpt FILE: the instructions spent in SQLite's WAL checkpoints (inclusive).
ckpt() {
    callgrind_annotate --auto=no --inclusive=yes --show-percs=no --threshold=100 "$1" 2> /dev/null \
        | awk '/:sqlite3WalCheckpoint /{gsub(",", "", $1); s += $1} END {print s + 0}'
}

# measure LABEL ROWS1 ROWS2 NAME1 NAME2: the per-row figures of two sizes' runs.
measure() {
    local label=$1 r1=$2 r2=$3 n1=$4 n2=$5
    local a1 a2 t1 t2
    a1=$(total "$n1.alone.cg"); a2=$(total "$n2.alone.cg")
    t1=$(total "$n1.traced.cg"); t2=$(total "$n2.traced.cg")
    echo
    echo "== $label"
    echo "   Ir totals: alone $a1 / $a2, traced $t1 / $t2 (rows $r1 / $r2)"
    echo "   channel (under callgrind): $(records "$n1.traced.log") / $(records "$n2.traced.log")"
    local ca1 ca2 ct1 ct2
    ca1=$(ckpt "$n1.alone.cg"); ca2=$(ckpt "$n2.alone.cg"); ct1=$(ckpt "$n1.traced.cg"); ct2=$(ckpt "$n2.traced.cg")
    echo "   Ir in WAL checkpoints: alone $ca1 / $ca2, traced $ct1 / $ct2"
    python3 "$here/tracecost.py" --per-row "$r1" "$n1.traced.cg" "$r2" "$n2.traced.cg" > "$work/$n2.lib.txt"
    local lib; lib=$(sed -n 's/.*library (self + its own calls) \([0-9.-]*\) Ir\/row/\1/p' "$work/$n2.lib.txt")
    awk -v l="$label" -v r1="$r1" -v r2="$r2" -v a1="$a1" -v a2="$a2" -v t1="$t1" -v t2="$t2" -v lib="$lib" \
        -v ca1="$ca1" -v ca2="$ca2" -v ct1="$ct1" -v ct2="$ct2" 'BEGIN {
        a = (a2 - a1) / (r2 - r1); t = (t2 - t1) / (r2 - r1)
        printf "   RESULT | %s | alone %.0f Ir/row | traced %.0f Ir/row | +%.0f | alone/traced %.3f | library %.0f Ir/row = %.1f%% of traced\n", l, a, t, t - a, a / t, lib, 100 * lib / t
        a = (a2 - ca2 - a1 + ca1) / (r2 - r1); t = (t2 - ct2 - t1 + ct1) / (r2 - r1)
        printf "   without checkpoints: alone %.0f Ir/row | traced %.0f Ir/row | +%.0f | alone/traced %.3f\n", a, t, t - a, a / t }'
    sed 's/^/   /' "$work/$n2.lib.txt" | head -25
}

# plain LABEL COMMAND...: the same program under the trace without valgrind, for its records.
plain() {
    local label=$1; shift
    rm -f "$work"/t.db*
    echo "   plain traced run ($label): $("$locklens" trace --progress 0 -- "$@" | sed -n 's/^channel: //p')"
}

# Python: 4 threads, 100-row transactions; N rows per thread.
for rep in $(seq "$reps"); do
    for n in 5000 20000; do
        for mode in alone traced; do cg "py${n}r$rep" "$mode" "$py" "$pyscript" "$work/t.db" 4 "$n" 100; done
    done
    measure "Python 4 threads x N rows, 100-row tx (N 5000/20000), run $rep" 20000 80000 "py5000r$rep" "py20000r$rep"
done
plain "Python 4 x 20000" "$py" "$pyscript" "$work/t.db" 4 20000 100

# C loop, one writer, 1000-row transactions.
for n in 50000 250000; do
    for mode in alone traced; do cg "c1000_$n" "$mode" "$loop" "$work/t.db" "$n" 1000; done
done
measure "C loop, 1000-row tx (rows 50000/250000)" 50000 250000 c1000_50000 c1000_250000
plain "C 250000 x 1000" "$loop" "$work/t.db" 250000 1000

# C loop, one writer, single-row transactions.
for n in 10000 50000; do
    for mode in alone traced; do cg "c1_$n" "$mode" "$loop" "$work/t.db" "$n" 1; done
done
measure "C loop, 1-row tx (rows 10000/50000)" 10000 50000 c1_10000 c1_50000
plain "C 50000 x 1" "$loop" "$work/t.db" 50000 1
