# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by the PostgreSQL benchmarks (pgbench_insert.sh, pg_lockwait.sh): finds the server
# programs, makes a throwaway cluster in a temporary folder listening only on a Unix socket
# there, with the server's default settings, and removes it on exit. Then:
#   $dir          the cluster's folder (and socket folder)
#   as CMD...     runs CMD as the postgres user when root (the server refuses root)
#   sql SQL       runs SQL with psql, prints the result unaligned
#   tool NAME     the path of a PostgreSQL program
# PGBIN overrides the folder of initdb/pg_ctl/pgbench/psql (default /usr/lib/postgresql/15/bin).
pgbin=${PGBIN:-/usr/lib/postgresql/15/bin}
tool() {
    if [[ -x $pgbin/$1 ]]; then echo "$pgbin/$1"; else command -v "$1" || true; fi
}
initdb=$(tool initdb); pg_ctl=$(tool pg_ctl); pgbench=$(tool pgbench); psql=$(tool psql)
if [[ -z $initdb || -z $pg_ctl || -z $pgbench || -z $psql ]]; then
    echo "$0: PostgreSQL server programs not found (initdb, pg_ctl, pgbench, psql; looked in" \
         "$pgbin and PATH). Install them: apt-get install postgresql" >&2
    exit 2
fi

if [[ $(id -u) -eq 0 ]]; then
    as() { (cd "$dir" && runuser -u postgres -- "$@"); }
else
    as() { (cd "$dir" && "$@"); }
fi

dir=$(mktemp -d)
started=0
cleanup() {
    if [[ $started -eq 1 ]]; then
        as "$pg_ctl" -D "$dir/data" -m fast -w stop > /dev/null 2>&1 || true
    fi
    cd /
    rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
[[ $(id -u) -eq 0 ]] && chown postgres: "$dir"

as "$initdb" -D "$dir/data" -A trust -U locklens -E UTF8 --locale=C --no-sync > "$dir/initdb.log" 2>&1 || {
    cat "$dir/initdb.log" >&2; exit 1; }
started=1
as "$pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
    -o "-k $dir -c listen_addresses='' -p 5432" start > /dev/null || {
    cat "$dir/server.log" >&2; exit 1; }

sql() { as "$psql" -h "$dir" -p 5432 -U locklens -X -q -At -v ON_ERROR_STOP=1 -c "$1" postgres; }
# The address LockLens connects to.
server="postgresql://locklens@/postgres?host=$dir&port=5432"
