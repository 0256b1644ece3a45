#!/bin/sh
# Promise: a full disk loses nothing saved and leaves nothing half-saved.
# The database lives on a tiny tmpfs that a filler file has filled; adds go
# on until one fails. That write fails with exit 4 and the disk-full message
# (src/db/db.c db_fail), the database is exactly as before it, it still
# passes integrity_check and the record/audit check, and once space is
# freed the next add works.
# Mounting needs root or a user namespace (unshare -rm); without either the
# test is skipped.
if [ -z "${GSPDESK_IN_USERNS:-}" ] && [ "$(id -u)" != 0 ] &&
	command -v unshare >/dev/null 2>&1 && unshare -rm true 2>/dev/null; then
	GSPDESK_IN_USERNS=1 exec unshare -rm sh "$0" "$@"
fi
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/reliability/lib.sh"

disk=$tmp/disk
small_tmpfs "$disk" 1m

GSPDESK_DB=$disk/gspdesk.db
init_db
add_fixtures
# leave about 76 KiB: room for the WAL index (32 KiB) and a few sales
avail=$(df -k "$disk" | awk 'NR == 2 { print $4 }')
dd if=/dev/zero of="$disk/filler" bs=4k count=$(((avail - 76) / 4)) 2>/dev/null
diag "tmpfs: $(df -k "$disk" | tail -n 1)"

# remarks of 450 characters (the limit is 500) fill the room quickly
long=$(printf '%0450d' 0)
i=0
stored=0
while [ "$i" -lt 100 ]; do
	i=$((i + 1))
	dump_db "$tmp/dump.before"
	g add sales product=P1 qty=1 "batch=F$i" sale_date=2025-03-05 customer=C1 "remarks=$long"
	[ "$rc" = 0 ] || break
	stored=$((stored + 1))
done
diag "$stored adds fitted before one failed"
exit_is 4 "the add that does not fit fails with exit 4 (database)"
like "$err" "The disk is full: nothing was saved." "the message says the disk is full and nothing was saved"
is "$out" "" "no id printed for it"
unchanged_since "$tmp/dump.before" "the database is as it was before the failed add"
is "$(q "SELECT count(*) FROM sales WHERE batch = 'F$i'")" 0 "the failed sale is not there"
consistent "on the full disk"

# Not one byte left: the message is the same (SQLite says "disk I/O error"
# when it cannot grow its WAL index; db_fail looks at errno).
dd if=/dev/zero of="$disk/filler2" bs=1k 2>/dev/null
g add sales product=P1 qty=1 batch=none sale_date=2025-03-05 customer=C1
exit_is 4 "with the disk wholly full an add fails with exit 4"
like "$err" "The disk is full: nothing was saved." "and says the disk is full"

# space again: the office carries on; nothing above was half-saved
rm -f "$disk/filler" "$disk/filler2"
consistent "after space was freed"
is "$(count_rows sales)" "$stored" "exactly the $stored sales that were reported saved"
g add sales product=P1 qty=1 batch=after sale_date=2025-03-05 customer=C1
is "$rc:$out" "0:$((stored + 1))" "the next add works and gets the next id"

done_testing
