#!/bin/sh
# backup and restore (issue 8, "Backup and restore"): a backup taken while
# another process keeps adding records is consistent and passes check; it
# never overwrites a file; restore (administrator only) checks the backup
# first, refuses a tampered one, and keeps the replaced database beside it.
. "${GSPDESK_TEST_SRCDIR:-$(dirname "$0")/..}/cli/lib.sh"

if ! have_sqlite3; then
	skip "backup" "no sqlite3 program to count rows"
	done_testing
	exit 0
fi

init_db
add_fixtures

# A writer adding 40 customers, one process each, while we back up.
(
	i=1
	while [ $i -le 40 ]; do
		"$GSPDESK_BIN" add customers code=W$i name="写入$i" >/dev/null 2>>"$tmp/writer.err" </dev/null
		i=$((i + 1))
	done
	echo done >"$tmp/writer.done"
) &
writer=$!
# wait until the writer is under way (more than the 2 fixture customers)
n=0
while [ "$("$SQLITE3" "$GSPDESK_DB" "SELECT count(*) FROM customers")" -lt 5 ] && [ $n -lt 100 ]; do
	sleep 0.1
	n=$((n + 1))
done
g backup "$tmp/during.db"
exit_is 0 "a backup taken while another process writes: exit 0"
like "$out" "is made and checked" "backup says it checked the copy"
wait "$writer"
is "$(cat "$tmp/writer.err" 2>/dev/null)" "" "the writer was never refused while the backup ran"
is "$(stat -c %a "$tmp/during.db")" "600" "the backup file is private (mode 600)"

g --db "$tmp/during.db" check
exit_is 0 "the backup passes check on its own"

g backup "$tmp/during.db"
exit_is 1 "a backup never overwrites a file: exit 1"
like "$err" "exists already" "... and says so"

# Restore: the database gets the backup's content; the old one is kept.
total_before=$("$SQLITE3" "$GSPDESK_DB" "SELECT count(*) FROM customers")
in_backup=$("$SQLITE3" "$tmp/during.db" "SELECT count(*) FROM customers")
diag "the backup holds $in_backup of the $total_before customers"
g_newpw clerk-pass-1 user add li --role clerk
g_as li clerk-pass-1 restore "$tmp/during.db"
exit_is 3 "a clerk may not restore"
g restore "$tmp/during.db"
exit_is 0 "the administrator restores the backup"
kept="$GSPDESK_DB.before-restore-20261127-1000"
like "$out" "$kept" "restore names the file it kept"
is "$("$SQLITE3" "$GSPDESK_DB" "SELECT count(*) FROM customers")" "$in_backup" "the database holds the backup's customers"
is "$("$SQLITE3" "$kept" "SELECT count(*) FROM customers")" "$total_before" "the kept file holds the replaced database's (2 fixtures + 40)"
g check
exit_is 0 "the restored database passes check"

# A tampered backup is refused, and nothing changes.
cp "$tmp/during.db" "$tmp/bad.db"
"$SQLITE3" "$tmp/bad.db" "UPDATE customers SET name = 'forged' WHERE code = 'C1'"
dump_db "$tmp/dump.before"
GSPDESK_NOW=2026-11-27T11:00
g restore "$tmp/bad.db"
exit_is 1 "a tampered backup is refused: exit 1"
like "$out" 'field name: stored "forged"' "the problem is listed"
like "$err" "nothing was restored" "... and nothing was restored"
unchanged_since "$tmp/dump.before" "the database is unchanged"
check "no file kept for a refused restore" test ! -e "$GSPDESK_DB.before-restore-20261127-1100"

done_testing
