#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# How well LockLens's sampling measures a lock wait inside PostgreSQL. In a throwaway cluster
# (pgcluster.sh) an outside psql session updates the load table's one row and holds it for
# HOLD seconds (pg_sleep) before it commits; meanwhile LockLens's one worker updates the same
# row, and waits. Compared per run: the lock wait LockLens sampled from pg_stat_activity
# (summary lock_wait_s) against the update's latency the worker measured around the statement
# (summary latency_ms max), which is the wait plus one round trip. Prints each run and the
# median ratio sampled / measured.
# Usage: LOCKLENS=build/dev/app/locklens tests/bench/pg_lockwait.sh [HOLD_S] [REPS]  (1 and 5)
set -euo pipefail
hold=${1:-1}
reps=${2:-5}
if ! [[ $hold =~ ^[0-9]+(\.[0-9]+)?$ && $reps =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: LOCKLENS=path/to/locklens $0 [HOLD_S] [REPS]" >&2
    exit 1
fi
[[ -x ${LOCKLENS:-} ]] || { echo "$0: set LOCKLENS to the locklens executable" >&2; exit 2; }
command -v python3 > /dev/null || { echo "$0: python3 reads LockLens's JSON; install it" >&2; exit 2; }
. "$(dirname "$0")/pgcluster.sh"

sql "CREATE TABLE locklens_load(id bigserial PRIMARY KEY, worker integer NOT NULL,
                                value bigint NOT NULL, payload bytea)"
printf '%4s %12s %12s %8s\n' run sampled_s measured_s ratio
: > "$dir/ratios"
for i in $(seq "$reps"); do
    sql "TRUNCATE locklens_load RESTART IDENTITY; INSERT INTO locklens_load(worker, value) VALUES (-1, 0)"
    as "$psql" -h "$dir" -p 5432 -U locklens -X -q -c \
        "BEGIN; UPDATE locklens_load SET value = 1; SELECT pg_sleep($hold); COMMIT;" postgres > /dev/null &
    holder=$!
    # Until the holder sleeps with the row locked (polled, not guessed).
    until [[ $(sql "SELECT count(*) FROM pg_stat_activity WHERE wait_event = 'PgSleep'") == 1 ]]; do sleep 0.01; done
    "$LOCKLENS" run --server "$server" --workers 1 --ops 1 --mix update=100 --busy-timeout 600000 \
        --quiet --json "$dir/run.json" > "$dir/run.out" 2>&1 || { cat "$dir/run.out" >&2; exit 1; }
    wait "$holder"
    python3 - "$dir/run.json" "$i" >> "$dir/ratios" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))["summary"]
sampled, measured = s["lock_wait_s"], s["latency_ms"]["max"] / 1000
print(f"{sys.argv[2]:>4} {sampled:12.3f} {measured:12.3f} {sampled / measured:8.3f}")
PY
    tail -1 "$dir/ratios"
done
awk '{print $4}' "$dir/ratios" | sort -g | awk '{a[NR]=$1} END {printf "median ratio %.3f over %d runs\n", (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2, NR}'
