#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# What the lock sampler's questions cost the server. In a throwaway cluster (pgcluster.sh) an
# outside psql session holds a row and WAITERS others queue for it; pgbench then times, on one
# session as the sampler's, the two queries the sampler runs: the state of the sessions
# (pg_stat_activity, every sample) and what each waiter waits for and who holds it (pg_locks
# and pg_blocking_pids; asked once per new wait). Prints each query's mean latency (pgbench's
# "latency average") over COUNT executions.
# Usage: tests/bench/pg_lockcause.sh [WAITERS] [COUNT]  (16 and 2000)
set -euo pipefail
waiters=${1:-16}
count=${2:-2000}
if ! [[ $waiters =~ ^[1-9][0-9]*$ && $count =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: $0 [WAITERS] [COUNT]" >&2
    exit 1
fi
. "$(dirname "$0")/pgcluster.sh"

sql "CREATE TABLE hot(id integer PRIMARY KEY, value bigint); INSERT INTO hot VALUES (1, 0)"
client() { as "$psql" -h "$dir" -p 5432 -U locklens -X -q -c "$1" postgres > /dev/null 2>&1; }
client "BEGIN; UPDATE hot SET value = -1; SELECT pg_sleep(3600); COMMIT" &
until [[ $(sql "SELECT count(*) FROM pg_stat_activity WHERE wait_event = 'PgSleep'") == 1 ]]; do sleep 0.01; done
for _ in $(seq "$waiters"); do
    client "SET application_name = 'locklens worker1 bench'; UPDATE hot SET value = value + 1" &
done
# Until every waiter waits (polled, not guessed).
until [[ $(sql "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'") == "$waiters" ]]; do
    sleep 0.01
done
pids=$(sql "SELECT string_agg(pid::text, ',') FROM pg_stat_activity WHERE wait_event_type = 'Lock'")

# The sampler's two queries, as workers/serversampler.cpp and Postgres::lockWaitQuery()
# (workers/postgres/lockwait.cpp) write them (keep them in step), with their parameter written in.
cat > "$dir/states.sql" <<SQL
SELECT application_name, wait_event_type = 'Lock', pid FROM pg_stat_activity WHERE application_name LIKE 'locklens %bench';
SQL
cat > "$dir/causes.sql" <<SQL
WITH l AS (SELECT * FROM pg_locks), waiting AS (SELECT * FROM l WHERE NOT granted AND pid = ANY (CAST('{$pids}' AS int[]))), modes AS (SELECT ARRAY['AccessShareLock', 'RowShareLock', 'RowExclusiveLock', 'ShareUpdateExclusiveLock', 'ShareLock', 'ShareRowExclusiveLock', 'ExclusiveLock', 'AccessExclusiveLock'] AS names, ARRAY[128, 192, 240, 248, 236, 252, 254, 255] AS conflicts), holding AS (SELECT DISTINCT w.pid AS waiter, g.pid FROM waiting w CROSS JOIN modes m JOIN l g ON g.granted AND g.locktype = w.locktype AND g.database IS NOT DISTINCT FROM w.database AND g.relation IS NOT DISTINCT FROM w.relation AND g.page IS NOT DISTINCT FROM w.page AND g.tuple IS NOT DISTINCT FROM w.tuple AND g.virtualxid IS NOT DISTINCT FROM w.virtualxid AND g.transactionid IS NOT DISTINCT FROM w.transactionid AND g.classid IS NOT DISTINCT FROM w.classid AND g.objid IS NOT DISTINCT FROM w.objid AND g.objsubid IS NOT DISTINCT FROM w.objsubid AND coalesce((m.conflicts[array_position(m.names, w.mode::text)] >> (array_position(m.names, g.mode::text) - 1)) & 1 = 1, true)) SELECT w.pid, w.locktype, w.mode, coalesce(w.relation::regclass::text, ''), coalesce(w.transactionid::text, ''), h.pid, coalesce(a.application_name, ''), coalesce(a.usename::text, ''), coalesce(a.backend_type, ''), coalesce(a.state, ''), h.pid = 0 OR x.pid IS NOT NULL FROM waiting w LEFT JOIN LATERAL (SELECT DISTINCT unnest(pg_blocking_pids(w.pid)) AS pid) h ON true LEFT JOIN holding x ON x.waiter = w.pid AND x.pid = h.pid LEFT JOIN pg_stat_activity a ON a.pid = h.pid ORDER BY w.pid, h.pid;
SQL
chmod a+r "$dir"/*.sql
rows=$(as "$psql" -h "$dir" -p 5432 -U locklens -X -q -At -f "$dir/causes.sql" postgres | wc -l)
holding=$(as "$psql" -h "$dir" -p 5432 -U locklens -X -q -At -f "$dir/causes.sql" postgres | grep -c '|t$' || true)
for q in states causes; do
    ms=$(as "$pgbench" -h "$dir" -p 5432 -U locklens -n -M prepared -t "$count" -f "$dir/$q.sql" postgres 2>&1 \
        | awk '/latency average/ {print $4}')
    printf '%-7s %8s ms per query (%d waiters%s)\n' "$q" "$ms" "$waiters" \
        "$([[ $q == causes ]] && echo ", $rows rows, $holding of them a holder")"
done
sql "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()" > /dev/null
wait || true
