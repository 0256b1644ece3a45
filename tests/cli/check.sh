#!/bin/sh
# gspdesk check (issue 8, "Tamper-evident audit"): a clean database passes
# (exit 0); a sale changed with the sqlite3 shell, an audit row changed
# (after dropping the trigger, as an attacker would), an audit row deleted
# and a record written without the program are each reported with form,
# record, field, stored and audited value, exit 5. Only admin and quality
# may run it. SQL text in every field and argument is stored literally.
. "${GSPDESK_TEST_SRCDIR:-$(dirname "$0")/..}/cli/lib.sh"

if ! have_sqlite3; then
	skip "check" "no sqlite3 program to tamper with the database"
	done_testing
	exit 0
fi
sql() { "$SQLITE3" "$GSPDESK_DB" "$@"; }

init_db
add_fixtures
g add sales product=P1 qty=3 unit_price=12.50 batch=B1 sale_date=2026-11-01 customer=C1
g add sales product=P2 qty=1 serial=SN1 sale_date=2026-11-02 customer=C2
g edit sales 1 qty=4 --reason "miscounted"
g void sales 2 --reason "entered twice"

g check
exit_is 0 "check on an untouched database: exit 0"
# 4 fixtures + 2 sales added, 1 edit, 1 void, the admin, 3 settings and
# the test clock at init: 13; and the 6 survey items the schema seeds, each
# with its audit row: 19 rows; records: 4 fixtures + 2 sales + 6 items = 12
like "$out" "19 audit rows chain correctly and 12 records match them" "check counts rows and records"

# SQL text stored literally, as data, in a field and as an argument.
evil="'; DROP TABLE sales; --"
g add sales product=P1 qty=1 batch="$evil" remarks="$evil" sale_date=2026-11-03 customer=C1
is "$rc:$out" "0:3" "a sale with SQL text in batch and remarks is added"
g list sales batch="$evil" --format csv
like "$out" "$evil" "... listed by that text, stored literally"
g_newpw evil-pass-1 user add "x'; DROP TABLE users; --" --role clerk
exit_is 1 "a user name of SQL text is refused as a name"
g check
exit_is 0 "the sales table is still there and check passes"

# A sale changed behind the program's back: qty 4 (audited) -> 40.
cp "$GSPDESK_DB" "$tmp/clean.db"
sql "UPDATE sales SET qty = 40 WHERE id = 1"
g check
exit_is 5 "a sale changed with sqlite3: exit 5"
like "$out" 'sales record 1, field qty: stored "40", the audit trail says "4".' "the report names form, record, field, stored and audited value"
like "$err" "check found problems: 1" "one problem"

# An audit row changed (the trigger dropped first): the chain breaks there.
cp "$tmp/clean.db" "$GSPDESK_DB"
sql "DROP TRIGGER audit_no_update; UPDATE audit SET changes = replace(changes, '\"4\"', '\"40\"') WHERE action = 'edit'; UPDATE sales SET qty = 40 WHERE id = 1"
g check
exit_is 5 "an audit row rewritten to match a changed sale: exit 5"
like "$out" "does not match its hash" "the changed audit row breaks the chain"

# An audit row deleted (the trigger dropped first).
cp "$tmp/clean.db" "$GSPDESK_DB"
id=$(sql "SELECT id FROM audit WHERE action = 'edit'")
sql "DROP TRIGGER audit_no_delete; DELETE FROM audit WHERE id = $id"
g check
exit_is 5 "an audit row deleted: exit 5"
like "$out" "Audit rows $id to $id are missing" "the gap in the chain is named"
like "$out" 'sales record 1, field qty: stored "4", the audit trail says "3".' "... and the sale no longer matches its trail"

# The last audit row deleted: no gap, but its record no longer matches.
cp "$tmp/clean.db" "$GSPDESK_DB"
sql "DROP TRIGGER audit_no_delete; DELETE FROM audit WHERE id = (SELECT max(id) FROM audit)"
g check
exit_is 5 "the last audit row deleted: exit 5"
like "$out" "sales record 3 has no audit row" "the sale it described has no audit row left"

# A record written without the program.
cp "$tmp/clean.db" "$GSPDESK_DB"
sql "INSERT INTO customers (created_at, created_by, code, name) VALUES ('x', 'x', 'C9', 'ghost')"
g check
exit_is 5 "a customer inserted with sqlite3: exit 5"
like "$out" "customers record 3 has no audit row" "the record without audit is named"

# A sale voided and another deleted behind the program's back: the void
# has no audit row, the deleted one's audit rows name nothing.
cp "$tmp/clean.db" "$GSPDESK_DB"
sql "UPDATE sales SET voided = 1, void_reason = 'x' WHERE id = 1"
sql "DROP TRIGGER sales_no_delete; DELETE FROM sales WHERE id = 3"
g check
exit_is 5 "a void and a delete behind the program's back: exit 5"
like "$out" 'sales record 1, field voided: stored "1", the audit trail says "0".' \
	"the void without its audit row is named"
like "$out" "sales record 3 is in the audit trail but no longer in its table" \
	"the deleted sale is named"
unlike "$out" "sales record 2" "the sale voided the program's way is not"

# The sales text index out of step with its table (line 1 taken out of the
# index, not the table): a search by the index would miss it.
cp "$tmp/clean.db" "$GSPDESK_DB"
sql "INSERT INTO sales_search (sales_search, rowid, spec, batch, serial, remarks) SELECT 'delete', id, spec, batch, serial, remarks FROM sales WHERE id = 1"
g check
exit_is 5 "a line missing from the text index: exit 5"
like "$out" "SQLite integrity check: sales_search:" "the index is named"

# Who may check.
cp "$tmp/clean.db" "$GSPDESK_DB"
g_newpw quality-pass-1 user add qa --role quality
g_newpw clerk-pass-1 user add li --role clerk
g_as qa quality-pass-1 check
exit_is 0 "the quality manager may check"
g_as li clerk-pass-1 check
exit_is 3 "a clerk may not"
like "$err" "may not check the database" "... and is told so"

done_testing
