#!/bin/sh
# Files gspdesk writes for people (issue 16): reports, exports (CSV and
# xlsx), trace workbooks. Each attack below worked before: a planted
# FILE.part symlink made a report overwrite the database; -o could name
# the database (with --force) or any SQLite file; CSV -o replaced a file
# without --force; outputs took the umask's mode. A killed report's part
# folder is swept by the next run.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/cli/lib.sh"

init_db
add_fixtures
g add sales product=P1 qty=10 batch=B1 sale_date=2026-03-05 customer=C1
umask 022
sum() { cksum <"$1"; }
dump_db "$tmp/dump.first"

# a read-only user planted the old temporary name as a link to the database
rdir=$tmp/reports
mkdir -p "$rdir"
ln -s "$GSPDESK_DB" "$rdir/q.xlsx.part"
g report sales-ledger --from 2026-01-01 --until 2026-06-30 -o "$rdir/q.xlsx"
exit_is 0 "the report is written though q.xlsx.part is a planted link"
unchanged_since "$tmp/dump.first" "the database is not overwritten through the link"
check "the planted link is left alone" test -L "$rdir/q.xlsx.part"
is "$(head -c 2 "$rdir/q.xlsx")" "PK" "the report is a zip (xlsx)"
is "$(stat -c %a "$rdir/q.xlsx")" 600 "the report is 0600 under umask 022"
is "$(ls -A "$rdir" | grep -c '^\.q\.xlsx\.part')" 0 "no private part folder left behind"

# -o naming the database, its WAL, another SQLite file, or a symlink
g report sales-ledger --from 2026-01-01 --until 2026-06-30 -o "$GSPDESK_DB" --force
exit_is 1 "report -o the database --force is refused"
like "$err" "is the database or one of its files" "and says why"
g report sales-ledger --from 2026-01-01 --until 2026-06-30 -o "$GSPDESK_DB-wal" --force
exit_is 1 "report -o the database's -wal --force is refused"
g export sales -o "$GSPDESK_DB" --force
exit_is 1 "export -o the database --force is refused"
g export sales --format xlsx -o "$GSPDESK_DB" --force
exit_is 1 "export --format xlsx -o the database --force is refused"
ln "$GSPDESK_DB" "$tmp/hard.xlsx"
g report sales-ledger --from 2026-01-01 --until 2026-06-30 -o "$tmp/hard.xlsx" --force
exit_is 1 "a hard link to the database is refused"
unchanged_since "$tmp/dump.first" "the database is untouched by all of these"
g backup "$tmp/office.bak"
exit_is 0 "a backup to aim at"
bak_sum=$(sum "$tmp/office.bak")
g export sales -o "$tmp/office.bak" --force
exit_is 1 "export -o a SQLite file (a backup) --force is refused"
like "$err" "is a SQLite database" "the message names the rule"
g report sales-ledger --from 2026-01-01 --until 2026-06-30 -o "$tmp/office.bak" --force
exit_is 1 "report -o a SQLite file --force is refused"
is "$(sum "$tmp/office.bak")" "$bak_sum" "the backup is unchanged"
echo keep >"$tmp/victim"
ln -s "$tmp/victim" "$tmp/link.csv"
g export sales -o "$tmp/link.csv" --force
exit_is 1 "export -o a symlink --force is refused"
like "$err" "is a symbolic link" "and says so"
is "$(cat "$tmp/victim")" keep "the link's target is unchanged"

# CSV -o replaces only with --force, like xlsx
echo precious >"$tmp/s.csv"
g export sales -o "$tmp/s.csv"
exit_is 1 "CSV export over an existing file without --force is refused"
is "$(cat "$tmp/s.csv")" precious "the file is unchanged"
g export sales -o "$tmp/s.csv" --force
exit_is 0 "with --force it is replaced"
like "$(cat "$tmp/s.csv")" "B1" "by the export"
is "$(stat -c %a "$tmp/s.csv")" 600 "the CSV export is 0600"
g export sales --format xlsx -o "$tmp/s.xlsx"
is "$rc:$(stat -c %a "$tmp/s.xlsx")" "0:600" "the xlsx export is 0600"
g trace --product P1 --batch B1 --format xlsx -o "$tmp/t.xlsx"
is "$rc:$(stat -c %a "$tmp/t.xlsx" 2>&1)" "0:600" "the trace workbook is 0600"

# a report killed mid-way left its private folder (its process is gone):
# the next run to that name removes it and writes afresh
sh -c 'exit 0' &
dead=$!
wait "$dead"
stale=$rdir/.r.xlsx.part.$dead.AbC123
mkdir -m 700 "$stale"
echo half >"$stale/r.xlsx"
echo half >"$rdir/r.xlsx.part"
g report sales-ledger --from 2026-01-01 --until 2026-06-30 -o "$rdir/r.xlsx"
exit_is 0 "a report after a killed one works"
check "the killed run's part folder is removed" test ! -e "$stale"
is "$(head -c 2 "$rdir/r.xlsx")" "PK" "and the report is whole"

# init into an existing empty file makes it private
GSPDESK_DB=$tmp/other/new.db
mkdir -p "$tmp/other"
: >"$GSPDESK_DB"
chmod 644 "$GSPDESK_DB"
init_db
is "$(stat -c %a "$GSPDESK_DB")" 600 "init into an existing file sets it 0600"

done_testing
