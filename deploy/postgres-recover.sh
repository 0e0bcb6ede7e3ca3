#!/usr/bin/env bash
# deploy/postgres-recover.sh — prepares a new PostgreSQL data folder that recovers a base backup
# (made by deploy/postgres-backup.sh) to a chosen moment from the archived write-ahead log. It
# starts nothing: start PostgreSQL on the folder, wait until it has promoted, check the access
# audit (it prints the command), then start frontdoor. Run it as the postgres user.
# Usage: deploy/postgres-recover.sh BACKUP WAL_ARCHIVE NEW_DATA_FOLDER 'TARGET TIME'
#   TARGET TIME  a moment PostgreSQL reads, such as '2026-12-04 15:50:00+00'; it must be after
#                the backup finished
set -euo pipefail

if [ $# -ne 4 ]; then
  echo "usage: $0 BACKUP WAL_ARCHIVE NEW_DATA_FOLDER 'TARGET TIME'" >&2
  exit 2
fi
backup=$1
archive=$2
data=$3
moment=$4

for file in "$backup/base.tar.gz" "$backup/pg_wal.tar.gz"; do
  [ -f "$file" ] || { echo "$0: $file is missing: $backup is not a whole base backup" >&2; exit 1; }
done
[ -d "$archive" ] || { echo "$0: there is no WAL archive at $archive" >&2; exit 1; }
# Never over a data folder that is there: the old one is kept until the recovery is checked.
[ -e "$data" ] && { echo "$0: $data is there already: give a new folder" >&2; exit 1; }

mkdir -p "$data"
tar -xzf "$backup/base.tar.gz" -C "$data"
mkdir -p "$data/pg_wal"
tar -xzf "$backup/pg_wal.tar.gz" -C "$data/pg_wal"
cat >>"$data/postgresql.auto.conf" <<SETTINGS
restore_command = 'cp $archive/%f %p'
recovery_target_time = '$moment'
recovery_target_action = 'promote'
SETTINGS
touch "$data/recovery.signal"
chmod 700 "$data"
echo "Ready: start PostgreSQL on $data. When it has promoted (SELECT pg_is_in_recovery() says f), run"
echo "  frontdoor audit verify --database URL --checkpoint CHECKPOINT"
echo "with the checkpoint kept nearest before $moment (or $backup/audit-checkpoint), then start frontdoor."
