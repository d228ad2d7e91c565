#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SQLite against PostgreSQL on this machine, for the built-in pairs: per-thread-writers beside
# pg-per-thread-writers, readers-wal beside pg-readers (3 s each; the PostgreSQL ones on a
# temporary cluster with the server's default settings). The four run in turn, REPS rounds;
# printed are the medians of committed operations and transactions per second, the share of
# the workers' time spent waiting for locks, and failed transactions.
# Usage: LOCKLENS=build/dev/app/locklens tests/bench/sqlite_vs_pg.sh [REPS]   (default 3)
set -euo pipefail
reps=${1:-3}
[[ $reps =~ ^[1-9][0-9]*$ ]] || { echo "usage: LOCKLENS=path/to/locklens $0 [REPS]" >&2; exit 1; }
[[ -x ${LOCKLENS:-} ]] || { echo "$0: set LOCKLENS to the locklens executable" >&2; exit 2; }
command -v python3 > /dev/null || { echo "$0: python3 reads LockLens's JSON; install it" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
presets=(per-thread-writers pg-per-thread-writers readers-wal pg-readers)
for i in $(seq "$reps"); do
    for p in "${presets[@]}"; do
        "$LOCKLENS" run --preset "$p" --quiet --json "$work/$p-$i.json" > "$work/out" 2>&1 \
            || { cat "$work/out" >&2; exit 1; }
    done
done
python3 - "$work" "$reps" "${presets[@]}" <<'PY'
import json, statistics, sys
work, reps, presets = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
print(f"{'preset':24} {'ops/s':>10} {'tx/s':>10} {'lock wait':>10} {'failed tx':>10}")
for p in presets:
    runs = [json.load(open(f"{work}/{p}-{i}.json"))["summary"] for i in range(1, reps + 1)]
    med = lambda k: statistics.median(r[k] for r in runs)
    print(f"{p:24} {med('ops_per_s'):10.0f} {med('tx_per_s'):10.0f} {100 * med('lock_wait_share'):9.1f}% {med('failed_tx'):10.0f}")
PY
