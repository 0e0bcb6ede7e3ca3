#!/usr/bin/env bash
# Runs the benchmarks and writes their results under bench/results/ (SQLite, and PostgreSQL on a private server).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh test
scripts/build.sh
postgres_dir=$(mktemp -d /tmp/frontdoor-postgres.XXXXXX)
chmod 755 "$postgres_dir"
# Memory for the benchmark server as a production one would have it (a quarter of a small
# server's memory), not the packaged default of 128 MB that tests use; its shared memory on huge
# pages, as PostgreSQL's documentation advises for that much, when this machine can reserve them
# (root): otherwise each session pays a page fault the first time it touches each 8 kB of it. The
# results say which (bench/results/search-postgresql.md).
huge_pages_before=$(cat /proc/sys/vm/nr_hugepages 2>/dev/null || echo 0)
[ "$huge_pages_before" -ge 1100 ] || echo 1100 2>/dev/null >/proc/sys/vm/nr_hugepages || true
huge_pages=off
[ "$(awk '/HugePages_Free/ { print $2 }' /proc/meminfo)" -ge 1100 ] && huge_pages=on
trap 'scripts/postgres.sh stop "$postgres_dir"; rm -rf "$postgres_dir"
  [ "$huge_pages_before" -lt 1100 ] && echo "$huge_pages_before" 2>/dev/null >/proc/sys/vm/nr_hugepages' EXIT
admin=$(POSTGRES_OPTIONS="-c shared_buffers=2GB -c effective_cache_size=8GB -c huge_pages=$huge_pages" \
  scripts/postgres.sh start "$postgres_dir" 5433 | tail -n 1)
psql "$admin" -qAtc "CREATE DATABASE frontdoor_bench"
bench_url=${admin/\/postgres\?//frontdoor_bench?}
"${BUILD_DIR:-build}/bench/write_throughput" --postgres "$bench_url" --output bench/results/write-throughput.md "$@"
"${BUILD_DIR:-build}/bench/password_hashing" --output bench/results/password-hashing.md
# Durable contact intake through the API against each database's own one-transaction-a-contact
# rate, two instances on one PostgreSQL appending to the access audit together, and the log
# verified; on PostgreSQL once more with each commit's flush taking 2 ms, as on a slower disk.
export FRONTDOOR_BIN="${BUILD_DIR:-build}/frontdoor" BENCH_RAW_BIN="${BUILD_DIR:-build}/bench/raw_contact_intake"
intake_folder=$(mktemp -d /tmp/frontdoor-intake-bench.XXXXXX)
node bench/intake/intake_bench.mjs sqlite "$intake_folder" bench/results/intake-sqlite.md
rm -rf "$intake_folder"
node bench/intake/intake_bench.mjs postgresql "$admin" bench/results/intake-postgresql.md
BENCH_COMMIT_DELAY_US=2000 node bench/intake/intake_bench.mjs postgresql "$admin" \
  bench/results/intake-postgresql-2ms-commit.md

# The access audit page, whose section on people's records opened counts a week's openings with
# the query the server's watch runs, on an audit of a busy week (BENCH_OPENINGS to change it).
audit_folder=$(mktemp -d /tmp/frontdoor-audit-bench.XXXXXX)
node bench/audit/reading_bench.mjs sqlite "sqlite:$audit_folder/audit.db" bench/results/access-audit-reading-sqlite.md
rm -rf "$audit_folder"
psql "$admin" -qAtc "CREATE DATABASE frontdoor_audit_reading"
node bench/audit/reading_bench.mjs postgresql "${admin/\/postgres\?//frontdoor_audit_reading?}" \
  bench/results/access-audit-reading-postgresql.md

# National scale: generate (once; kept in $BENCH_DATA, default /tmp/frontdoor-national) and measure
# the HTTP paths on each database. BENCH_CHILDREN sets the SQLite size (default 1,000,000). The
# seed is the one the labelled searches (bench/search/labelled-searches.tsv) were made from.
children=${BENCH_CHILDREN:-1000000}
seed=20261201
data=${BENCH_DATA:-/tmp/frontdoor-national}
mkdir -p "$data"
sqlite_url="sqlite:$data/national-$children-$seed.db"
generate_sqlite=false
[ -f "$data/national-$children-$seed.db" ] || generate_sqlite=true
"${BUILD_DIR:-build}/frontdoor" migrate --database "$sqlite_url" >/dev/null
if $generate_sqlite; then
  "${BUILD_DIR:-build}/frontdoor" generate --children "$children" --seed "$seed" --database "$sqlite_url"
fi
FRONTDOOR_BIN="${BUILD_DIR:-build}/frontdoor" node bench/search/search_bench.mjs "$sqlite_url" sqlite bench/results/search-sqlite.md
FRONTDOOR_BIN="${BUILD_DIR:-build}/frontdoor" node bench/http/http_bench.mjs "$sqlite_url" sqlite bench/results/http-sqlite.md
psql "$admin" -qAtc "CREATE DATABASE frontdoor_national"
postgres_url=${admin/\/postgres\?//frontdoor_national?}
"${BUILD_DIR:-build}/frontdoor" migrate --database "$postgres_url" >/dev/null
# The same size on PostgreSQL (BENCH_POSTGRES_CHILDREN to change it), then the statistics and
# visibility map autovacuum would make soon after a load this size.
"${BUILD_DIR:-build}/frontdoor" generate --children "${BENCH_POSTGRES_CHILDREN:-$children}" --seed "$seed" --database "$postgres_url"
psql "$postgres_url" -qc "VACUUM ANALYZE"
FRONTDOOR_BIN="${BUILD_DIR:-build}/frontdoor" node bench/search/search_bench.mjs "$postgres_url" postgresql bench/results/search-postgresql.md
FRONTDOOR_BIN="${BUILD_DIR:-build}/frontdoor" node bench/http/http_bench.mjs "$postgres_url" postgresql bench/results/http-postgresql.md
