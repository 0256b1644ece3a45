#!/bin/sh
# Issue 16, "The clock": a database made without --test-clock (a real
# office) runs on the computer's clock whatever $GSPDESK_NOW says: the rule
# "a sale date is not in the future", a recall's opening and telling
# times, the login log and audit rows; no command makes it a test
# database. A database made with init --test-clock honours $GSPDESK_NOW
# for the date rules (the other tests' databases are made that way).
. "${GSPDESK_TEST_SRCDIR:-$(dirname "$0")/..}/cli/lib.sh"

g_newpw "$ADMIN_PASSWORD" init --admin "$ADMIN" --city 杭州市 --province 浙江省
exit_is 0 "a real office's database (no --test-clock)"
add_fixtures
today=$(date '+%Y-%m-%d')
tomorrow=$(date -d tomorrow '+%Y-%m-%d')
year=$(date '+%Y')

GSPDESK_NOW=2999-01-01T00:00
g add sales product=P2 qty=2 batch=B1 sale_date="$tomorrow" customer=C1
exit_is 1 "GSPDESK_NOW=2999 does not make tomorrow's sale date the past"
like "$err" "is in the future (today is $today)" "... today is the computer's"
GSPDESK_NOW=2026-11-27T10:00
g add sales product=P2 qty=2 batch=B1 sale_date="$today" customer=C1
exit_is 0 "today's sale"

# a buyer "told" eleven months before the recall opened
GSPDESK_NOW=2030-01-01T10:00
g recall open --product P2 --batch B1 --class II --reason 外包装破损
exit_is 0 "a recall opened under GSPDESK_NOW=2030"
GSPDESK_NOW=2029-02-01T10:00
g recall notify 1 C1 --how phone
exit_is 0 "... its buyer told under GSPDESK_NOW=2029-02"
GSPDESK_NOW=not-a-time
g recall show 1
exit_is 0 "a malformed GSPDESK_NOW is ignored, not refused, by a real office"
GSPDESK_NOW=2026-11-27T10:00
if have_sqlite3; then
	sql() { "$SQLITE3" "$GSPDESK_DB" "$1"; }
	is "$(sql "SELECT substr(opened, 1, 4) FROM recalls")" "$year" "the recall opened this year"
	is "$(sql "SELECT substr(notified_at, 1, 4) FROM recall_recipients")" "$year" \
		"... and its buyer was told this year"
	is "$(sql "SELECT count(*) FROM logins WHERE substr(at, 1, 4) <> '$year'")" "0" \
		"every login row carries the computer's year"
	is "$(sql "SELECT count(*) FROM audit WHERE substr(at, 1, 4) <> '$year'")" "0" \
		"every audit row too"
else
	skip "the recall opened this year" "no sqlite3"
	skip "... and its buyer was told this year" "no sqlite3"
	skip "every login row carries the computer's year" "no sqlite3"
	skip "every audit row too" "no sqlite3"
fi

refused 2 "Unknown setting test_clock" "no command makes a real office a test database" \
	settings test_clock 1

# A test database honours GSPDESK_NOW for the date rules.
GSPDESK_DB=$tmp/test.db
init_db
add_fixtures
GSPDESK_NOW=2999-01-01T00:00
g add sales product=P1 qty=1 batch=B9 sale_date=2998-12-31 customer=C1
exit_is 0 "on a test database the sale date rule counts from GSPDESK_NOW"
GSPDESK_NOW=not-a-time
g list sales
exit_is 2 "... where a malformed GSPDESK_NOW is a usage error"
GSPDESK_NOW=2026-11-27T10:00

done_testing
