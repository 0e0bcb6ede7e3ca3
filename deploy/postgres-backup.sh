#!/usr/bin/env bash
# deploy/postgres-backup.sh — a base backup of frontdoor's PostgreSQL server for point-in-time
# recovery (with the write-ahead log archived as doc/runbook.md says), and the access audit's
# newest signed checkpoint kept beside it. Run it as the postgres user, daily, from a timer.
# Usage: deploy/postgres-backup.sh CONNECTION BACKUP_FOLDER [CHECKPOINT_FILE]
#   CONNECTION       a libpq connection string or URI with replication rights
#   BACKUP_FOLDER    where base-<UTC time>/ is made (prints that folder's name when done)
#   CHECKPOINT_FILE  frontdoor's --audit-checkpoint file, copied before the backup starts, so the
#                    log of any moment recovered from this backup extends it
# PG_BIN names the folder of pg_basebackup when it is not on the PATH.
set -euo pipefail

if [ $# -lt 2 ] || [ $# -gt 3 ]; then
  echo "usage: $0 CONNECTION BACKUP_FOLDER [CHECKPOINT_FILE]" >&2
  exit 2
fi
connection=$1
folder=$2
checkpoint=${3:-}
target="$folder/base-$(date -u +%Y%m%dT%H%M%SZ)"

mkdir -p "$folder"
mkdir -m 700 "$target.partial"
trap 'rm -rf "$target.partial" "$target.checkpoint"' EXIT
if [ -n "$checkpoint" ]; then
  cp "$checkpoint" "$target.checkpoint"
fi
# Compressed tar files (base.tar.gz, pg_wal.tar.gz) with the WAL the backup needs streamed in, and
# a fast checkpoint so the backup starts at once.
"${PG_BIN:+$PG_BIN/}pg_basebackup" -d "$connection" -D "$target.partial" -Ft -z -Xs -c fast
if [ -n "$checkpoint" ]; then
  mv "$target.checkpoint" "$target.partial/audit-checkpoint"
fi
sync -f "$target.partial/base.tar.gz"
# Named as a backup only once whole: a folder without .partial is one that can be restored.
mv "$target.partial" "$target"
trap - EXIT
echo "$target"
