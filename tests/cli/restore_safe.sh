#!/bin/sh
# Restore (issue 16): the backup file is only ever read (a read-only
# backup of an older schema was migrated in place and left with -wal/-shm);
# another office's backup is refused unless --other-office; the restore
# is audited in the restored database with the file and the number of
# records the replaced database held that the backup does not, and the
# user is told that number.
. "${GSPDESK_TEST_SRCDIR:-$(dirname "$0")/..}/cli/lib.sh"

if ! have_sqlite3; then
	skip "restore" "no sqlite3 program to look inside"
	done_testing
	exit 0
fi
sq() { "$SQLITE3" "$@"; }

init_db
add_fixtures
office=$(sq "$GSPDESK_DB" "SELECT value FROM settings WHERE key = 'office_id'")
is "$(printf %s "$office" | grep -c '^[0-9a-f]\{32\}$')" 1 "init gives the office a random id (32 hex digits)"

# restore_readonly FILE DESC: restores FILE made read-only; it must come
# out byte for byte as it was, with no -wal/-shm beside it. Four tests.
restore_readonly() {
	chmod 444 "$1"
	rr_before=$(cksum <"$1")
	g restore "$1"
	exit_is 0 "$2"
	is "$(cksum <"$1")" "$rr_before" "$2: the backup file is byte for byte unchanged"
	check "$2: no -wal left beside the backup" test ! -e "$1-wal"
	check "$2: no -shm left beside the backup" test ! -e "$1-shm"
}

# a plain read-only backup: today's checking opened it read-write
g backup "$tmp/b0.bak"
restore_readonly "$tmp/b0.bak" "restore from a read-only backup"
unlike "$out" "not in the backup" "nothing lost: no count to tell"
GSPDESK_NOW=2026-11-27T10:30

g backup "$tmp/b1.bak"
exit_is 0 "a backup"
is "$(sq "$tmp/b1.bak" "SELECT value FROM settings WHERE key = 'office_id'")" "$office" "the backup carries the office id"
# three customers the backup will not have
for i in 1 2 3; do g add customers code=N$i name="新客户$i"; done
is "$out" 5 "three customers added after the backup"

# make the backup look like one from before office ids (what the
# migrations since made taken away)
latest=$(sq "$GSPDESK_DB" "PRAGMA user_version")
undo_to "$tmp/b1.bak" $((latest - 5))
restore_readonly "$tmp/b1.bak" "restore from a read-only backup of the older schema"
is "$(ls "$tmp/data" | grep -c 'restore-......$')" 0 "no private copy left beside the database"
like "$out" "Records of the replaced database that are not in the backup: 3;" "the user is told 3 records are not in the backup"
is "$(sq "$GSPDESK_DB" "PRAGMA user_version")" "$latest" "the restored database is migrated"
is "$(sq "$GSPDESK_DB" "SELECT count(*) FROM customers")" 2 "it holds the backup's two customers"
is "$(sq "$GSPDESK_DB" "SELECT value FROM settings WHERE key = 'office_id'")" "$office" "it keeps this office's id (the backup had none)"
is "$(sq "$GSPDESK_DB" "SELECT user || ' ' || form || ' ' || json_extract(changes, '\$.file[1]') || ' ' || json_extract(changes, '\$.missing[1]') FROM audit WHERE action = 'restore' ORDER BY id DESC LIMIT 1")" \
	"$ADMIN database $tmp/b1.bak 3" "an audit row in the restored database names the file and the 3 records"
g check
exit_is 0 "the restored database passes check"

# another office's backup
GSPDESK_DB=$tmp/other/other.db
init_db
other=$(sq "$GSPDESK_DB" "SELECT value FROM settings WHERE key = 'office_id'")
check "another init, another office id" test "$other" != "$office"
g backup "$tmp/other.bak"
GSPDESK_DB=$tmp/data/gspdesk.db
GSPDESK_NOW=2026-11-27T11:00
refused 1 "another office" "a backup of another office" restore "$tmp/other.bak"
like "$err" "--other-office" "the refusal says how to restore it all the same"
g restore --other-office "$tmp/other.bak"
exit_is 0 "with --other-office it is restored"
is "$(sq "$GSPDESK_DB" "SELECT value FROM settings WHERE key = 'office_id'")" "$other" "the database is now the other office's"
is "$(sq "$GSPDESK_DB" "SELECT json_extract(changes, '\$.office_id[0]') || ' ' || json_extract(changes, '\$.office_id[1]') FROM audit WHERE action = 'restore' ORDER BY id DESC LIMIT 1")" \
	"$office $other" "the audit row records the change of office"

done_testing
