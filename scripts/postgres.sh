#!/usr/bin/env bash
# Starts or stops a private PostgreSQL 15 server under a temporary folder, for tests and benchmarks.
# Usage: scripts/postgres.sh start DIR PORT   (prints the admin connection URI on its last line)
#        scripts/postgres.sh stop DIR
#        scripts/postgres.sh kill DIR        (SIGKILL, for the crash test; start again with start)
set -euo pipefail

action=$1
dir=$2
bin=/usr/lib/postgresql/15/bin
as_owner() {
  # PostgreSQL refuses to run as root: run it as the postgres user when we are root.
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$action" in
  start)
    port=$3
    # A folder that already holds a server (after a crash test killed it) is started again as it is.
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      mkdir -p "$dir/data" "$dir/sock"
      [ "$(id -u)" -eq 0 ] && chown -R postgres: "$dir"
      as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
    fi
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 \
      -o "-p $port -k $dir/sock -c listen_addresses='' -c max_connections=200 ${POSTGRES_OPTIONS:-}" start >/dev/null
    echo "postgresql://postgres@/postgres?host=$dir/sock&port=$port"
    ;;
  stop)
    [ -f "$dir/data/postmaster.pid" ] && as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    ;;
  kill)
    # The crash test: the whole server dies at once (SIGKILL to the postmaster and every backend).
    if [ -f "$dir/data/postmaster.pid" ]; then
      pid=$(head -n 1 "$dir/data/postmaster.pid")
      pkill -KILL -P "$pid" || true
      kill -KILL "$pid" || true
      while kill -0 "$pid" 2>/dev/null; do sleep 0.05; done
    fi
    ;;
  *)
    echo "usage: $0 start DIR PORT | stop DIR | kill DIR" >&2
    exit 2
    ;;
esac
