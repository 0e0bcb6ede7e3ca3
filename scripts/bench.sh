#!/usr/bin/env bash
# Runs the benchmarks and writes their results under bench/results/ (SQLite, and PostgreSQL on a private server).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh test
scripts/build.sh
postgres_dir=$(mktemp -d /tmp/frontdoor-postgres.XXXXXX)
chmod 755 "$postgres_dir"
trap 'scripts/postgres.sh stop "$postgres_dir"; rm -rf "$postgres_dir"' EXIT
admin=$(scripts/postgres.sh start "$postgres_dir" 5433 | tail -n 1)
psql "$admin" -qAtc "CREATE DATABASE frontdoor_bench"
bench_url=${admin/\/postgres\?//frontdoor_bench?}
"${BUILD_DIR:-build}/bench/write_throughput" --postgres "$bench_url" --output bench/results/write-throughput.md "$@"
"${BUILD_DIR:-build}/bench/password_hashing" --output bench/results/password-hashing.md
