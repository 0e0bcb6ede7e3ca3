#!/usr/bin/env bash
# Measures `frontdoor import annex-a` on a year of Annex A lists exported from a generated database:
# into an empty database (dry run, import, the same lists again), on SQLite and on PostgreSQL, each
# with its time and peak memory (GNU time). The lists are written as a workbook and read from it.
# Usage: bench/annex-a/run.sh GENERATED.db FROM TO POSTGRES_URL [FRONTDOOR]
set -euo pipefail
source_db=$1
from=$2
to=$3
postgres=$4
frontdoor=${5:-build/frontdoor}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$frontdoor" export annex-a --database "sqlite://$source_db" --from "$from" --to "$to" \
  --out "$work/annex-a.xlsx" | tail -5
ls -l "$work/annex-a.xlsx"
measure() {
  local label=$1
  shift
  /usr/bin/time -f "$label: %e s, peak %M KB" "$frontdoor" import annex-a "$@" "$work/annex-a.xlsx" \
    2>&1 >"$work/out.txt" | grep -v "^frontdoor" || true
  grep -E "^(Would bring in|Brought in|[0-9]+ rows left out)" "$work/out.txt"
}
"$frontdoor" migrate --database "sqlite://$work/empty.db" >/dev/null
measure "SQLite dry run" --database "sqlite://$work/empty.db" --dry-run
measure "SQLite import" --database "sqlite://$work/empty.db"
measure "SQLite again" --database "sqlite://$work/empty.db"
"$frontdoor" migrate --database "$postgres" >/dev/null
measure "PostgreSQL dry run" --database "$postgres" --dry-run
measure "PostgreSQL import" --database "$postgres"
measure "PostgreSQL again" --database "$postgres"
