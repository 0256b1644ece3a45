#!/bin/sh
# Promise (issue 16): a report or an export to a full disk says so in the user's
# language, prints nothing of libxlsxwriter's own English, and leaves no
# half-written file or part folder; the database is untouched.
# Mounting needs root or a user namespace (unshare -rm); without either the
# test is skipped.
if [ -z "${GSPDESK_IN_USERNS:-}" ] && [ "$(id -u)" != 0 ] &&
	command -v unshare >/dev/null 2>&1 && unshare -rm true 2>/dev/null; then
	GSPDESK_IN_USERNS=1 exec unshare -rm sh "$0" "$@"
fi
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/reliability/lib.sh"

disk=$tmp/disk
small_tmpfs "$disk" 64k

init_db
add_fixtures
g add sales product=P1 qty=1 batch=B1 sale_date=2026-03-05 customer=C1
dd if=/dev/zero of="$disk/filler" bs=1k 2>/dev/null
diag "tmpfs: $(df -k "$disk" | tail -n 1)"
dump_db "$tmp/dump.before"

g report sales-ledger --year 2026 -o "$disk/q.xlsx"
exit_is 1 "a report to a full disk fails (exit 1)"
like "$err" "The disk is full: the workbook was not written." "the message says the disk is full"
unlike "$err" "[ERROR]" "nothing of libxlsxwriter's own text"
is "$(ls -A "$disk")" "filler" "no half-written report nor part folder left"
unchanged_since "$tmp/dump.before" "the database is untouched"

g export sales -o "$disk/s.csv"
exit_is 1 "a CSV export to a full disk fails (exit 1)"
like "$err" "The disk is full: $disk/s.csv was not written." "and says the disk is full"
is "$(ls -A "$disk")" "filler" "no half-written export left"

if [ "$HAVE_ZH" = yes ]; then
	g --lang zh_CN report sales-ledger --year 2026 -o "$disk/q.xlsx"
	like "$err" "磁盘已满" "in Chinese for a Chinese user"
else
	skip "in Chinese for a Chinese user" "no zh_CN catalogue built"
fi

rm -f "$disk/filler"
g report sales-ledger --year 2026 -o "$disk/q.xlsx"
exit_is 0 "with space again the report is written"

done_testing
