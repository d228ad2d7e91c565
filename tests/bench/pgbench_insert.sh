#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The anchor for LockLens's PostgreSQL target: how many rows per second pgbench commits when it
# inserts LockLens's load-table row (100-byte payload) into a throwaway local PostgreSQL 15
# cluster on a Unix socket, with the server's default settings (fsync, synchronous_commit on).
# For clients in {1, 16} and rows per transaction in {1, 100} (1: autocommit; 100: BEGIN, 100
# inserts, COMMIT) pgbench -n -M prepared runs SECONDS each, REPS times (table truncated
# between runs); printed are the median tps, the median rows/s (tps x rows per transaction) and,
# as a cross-check, the rows in the table after the last run divided by SECONDS.
# With LOCKLENS=path/to/locklens, each pgbench run is followed by `locklens run` on the same
# cluster with the same row and transactions (--tx autocommit for 1 row, BEGIN/COMMIT around
# 100), alternating, and its median rows/s and the ratio LockLens / pgbench are printed too.
# Usage: [LOCKLENS=build/dev/app/locklens] tests/bench/pgbench_insert.sh [SECONDS] [REPS]
#        (defaults 10 and 3)
# The cluster: pgcluster.sh (PGBIN overrides where the server programs are; run as root,
# they run as the postgres user).
set -euo pipefail
seconds=${1:-10}
reps=${2:-3}
if ! [[ $seconds =~ ^[1-9][0-9]*$ && $reps =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: $0 [SECONDS] [REPS]   (positive integers, defaults 10 and 3)" >&2
    exit 1
fi

. "$(dirname "$0")/pgcluster.sh"

sql "CREATE TABLE locklens_load(id bigserial PRIMARY KEY, worker integer NOT NULL,
                                value bigint NOT NULL, payload bytea)"

row='\set v random(1, 1000000000)
INSERT INTO locklens_load(worker, value, payload) VALUES (:client_id, :v, decode(repeat('"'ab'"', 100), '"'hex'"'));'
printf '%s\n' "$row" > "$dir/rows1.sql"
{ echo 'BEGIN;'; for _ in $(seq 100); do printf '%s\n' "$row"; done; echo 'COMMIT;'; } > "$dir/rows100.sql"

echo "PostgreSQL: $(sql 'SELECT version()')"
echo "settings:   fsync=$(sql 'SHOW fsync') synchronous_commit=$(sql 'SHOW synchronous_commit')" \
     "wal_sync_method=$(sql 'SHOW wal_sync_method') (defaults)"
echo "nproc:      $(nproc)"
echo "pgbench -n -M prepared, $seconds s per run, median of $reps runs, 100-byte payload"
if [[ -n ${LOCKLENS:-} ]]; then
    [[ -x $LOCKLENS ]] || { echo "$0: LOCKLENS=$LOCKLENS is not an executable" >&2; exit 2; }
    command -v python3 > /dev/null || { echo "$0: python3 reads LockLens's JSON; install it" >&2; exit 2; }
    echo "LockLens:   $LOCKLENS run --server (this cluster), alternating with pgbench"
    printf '%7s %7s %12s %12s %18s %14s %7s\n' clients rows/tx tps rows/s table-rows/s locklens-rows/s ratio
else
    printf '%7s %7s %12s %12s %18s\n' clients rows/tx tps rows/s table-rows/s
fi
# locklens_rows CLIENTS ROWS: LockLens's committed rows per second for one run like pgbench's.
locklens_rows() {
    local tx=autocommit
    [[ $2 -gt 1 ]] && tx=immediate
    "$LOCKLENS" run --server "$server" --workers "$1" \
        --batch "$2" --tx "$tx" --mix insert=100 --payload 100 --duration "$seconds" --quiet \
        --json "$dir/locklens.json" > "$dir/locklens.out" 2>&1 || { cat "$dir/locklens.out" >&2; exit 1; }
    python3 -c 'import json,sys; s=json.load(open(sys.argv[1]))["summary"]; print(s["rows_inserted"] / s["duration_s"])' \
        "$dir/locklens.json"
}

median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

for clients in 1 16; do
    threads=$(( clients < 2 ? clients : 2 ))
    for rows in 1 100; do
        : > "$dir/tps"
        for _ in $(seq "$reps"); do
            sql 'TRUNCATE locklens_load RESTART IDENTITY; CHECKPOINT'
            as "$pgbench" -n -M prepared -c "$clients" -j "$threads" -T "$seconds" \
                -f "$dir/rows$rows.sql" -h "$dir" -p 5432 -U locklens postgres \
                > "$dir/pgbench.out" 2>&1 || { cat "$dir/pgbench.out" >&2; exit 1; }
            tps=$(sed -n 's/^tps = \([0-9.]*\) (without initial connection time)$/\1/p' "$dir/pgbench.out")
            if [[ -z $tps ]]; then
                echo "$0: no tps in pgbench's output:" >&2; cat "$dir/pgbench.out" >&2; exit 1
            fi
            echo "$tps" >> "$dir/tps"
            count=$(sql 'SELECT count(*) FROM locklens_load') # after pgbench's run (the last one's is printed)
            if [[ -n ${LOCKLENS:-} ]]; then
                sql 'TRUNCATE locklens_load RESTART IDENTITY; CHECKPOINT'
                locklens_rows "$clients" "$rows" >> "$dir/locklens"
            fi
        done
        if [[ -n ${LOCKLENS:-} ]]; then
            awk -v c="$clients" -v r="$rows" -v t="$(median < "$dir/tps")" -v n="$count" -v s="$seconds" \
                -v l="$(median < "$dir/locklens")" \
                'BEGIN { printf "%7d %7d %12.1f %12.0f %18.0f %14.0f %7.2f\n", c, r, t, t * r, n / s, l, l / (t * r) }'
            : > "$dir/locklens"
        else
            awk -v c="$clients" -v r="$rows" -v t="$(median < "$dir/tps")" -v n="$count" -v s="$seconds" \
                'BEGIN { printf "%7d %7d %12.1f %12.0f %18.0f\n", c, r, t, t * r, n / s }'
        fi
    done
done
