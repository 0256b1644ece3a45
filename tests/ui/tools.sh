#!/bin/sh
# The menu's database tools (issue 8): check and backup are offered to the
# administrator and the quality manager, not to a clerk; check shows its
# findings; backup asks for a new file and checks the copy.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/ui/lib.sh"

init_db
add_fixtures
g add sales product=P1 qty=3 batch=B1 sale_date=2026-11-01 customer=C1
g_newpw clerk-pass-1 user add li --role clerk

ui_start
log_in "$ADMIN_PASSWORD"
on_screen "K  Check the database" "the administrator's menu offers the check"
on_screen "B  Back up the database" "... and the backup"
keys k
# audit rows: init 5 (admin, company, city, province, test clock) + 4
# fixtures + 1 sale + user li = 11, and the 6 survey items the schema
# seeds: 17; records: 4 fixtures + 1 sale + 6 items = 11
on_screen "No problems: 17 audit rows, 11 records checked." "check on a clean database: no problems"

if have_sqlite3; then
	"$SQLITE3" "$GSPDESK_DB" "UPDATE sales SET qty = 30 WHERE id = 1"
	keys k
	on_screen 'sales record 1, field qty: stored "30", the audit trail says "3".' "a tampered sale is listed"
	keys Escape
	on_screen "Problems found: 1" "... and counted on the status line"
	"$SQLITE3" "$GSPDESK_DB" "UPDATE sales SET qty = 3 WHERE id = 1"
else
	skip "a tampered sale is listed" "no sqlite3"
	skip "... and counted on the status line" "no sqlite3"
fi

keys b
on_screen "Back up to the new file:" "backup asks for a file"
keys C-u
keys_text "$tmp/menu-backup.db"
keys Enter
on_screen "Backed up to $tmp/menu-backup.db. No problems" "the backup is made and checked"
check "the backup file exists" test -s "$tmp/menu-backup.db"

# a sale after the backup, then restore from the menu: the sale is gone,
# the replaced database kept beside it, and the user logs in again
g add sales product=P2 qty=1 serial=AFTER sale_date=2026-11-03 customer=C2
exit_is 0 "a sale after the backup"
on_screen "O  Restore from a backup" "the administrator's menu offers restore"
keys o
on_screen "Restore from the backup file:" "restore asks for the backup"
keys_text "$tmp/menu-backup.db"
keys Enter
on_screen "Replace everything in it with the backup" "and asks before replacing"
on_screen "Records of this database that are not in the backup: 1." "saying what the restore loses: the sale made after it"
keys y
on_screen "Password" "after the restore the user logs in again"
keys_text "$ADMIN_PASSWORD"
keys Enter
on_screen "Restored from $tmp/menu-backup.db" "the menu says where it came from"
g list sales --format csv --all
unlike "$out" "AFTER" "the sale made after the backup is gone"
kept=$(ls "$GSPDESK_DB".before-restore-* 2>/dev/null | head -n 1)
check "the replaced database is kept beside it" test -s "$kept"
keys F10 y # the menu asks first
ui_exited

ui_start --user li
log_in clerk-pass-1
screen >"$tmp/clerk.txt"
if grep -q "Check the database" "$tmp/clerk.txt"; then
	not_ok "a clerk's menu has no check"
else
	ok "a clerk's menu has no check"
fi
keys F10 y # the menu asks first
ui_exited

done_testing
