#!/bin/sh
# The audit trail anchored (issue 16): what a file edited with sqlite3 (and
# an audit chain re-hashed with Python, as a careful attacker would) can
# no longer hide from `gspdesk check`: a dropped trigger, rows taken off
# the end, a chain rewritten from some row on (seen against a backup's
# head kept outside the file), a row dated before the one above it.
. "${GSPDESK_TEST_SRCDIR:-$(dirname "$0")/..}/cli/lib.sh"

if ! have_sqlite3 || ! have_python; then
	skip "check anchor" "no sqlite3 program or python3 to tamper with the database"
	done_testing
	exit 0
fi
sql() { "$SQLITE3" "$GSPDESK_DB" "$@"; }
rehash() { "$PY" "$GSPDESK_TEST_SRCDIR/cli/rehash.py" "$GSPDESK_DB" "$1"; }

init_db
add_fixtures
g add sales product=P1 qty=3 unit_price=12.50 batch=B1 sale_date=2026-11-01 customer=C1
g add sales product=P2 qty=1 serial=SN1 sale_date=2026-11-02 customer=C2
g_newpw clerk-pass-1 user add li --role clerk
g user token li --label cron
exit_is 0 "a token for the clerk"
g add sales product=P1 qty=2 batch='B"2\' remarks='引号" and \\ end' sale_date=2026-11-03 customer=C1
exit_is 0 "a sale with quotes and backslashes"
g check
exit_is 0 "an untouched database passes"
cp "$GSPDESK_DB" "$tmp/clean.db"

# The re-hasher itself leaves a sound chain sound (so what follows tests
# the check, not the tool).
rehash 1
g check
exit_is 0 "a chain re-hashed unchanged still passes"

# --head: the last audit row's id and hash.
g check --head
exit_is 0 "check --head"
want=$(sql "SELECT id || ' ' || hash FROM audit ORDER BY id DESC LIMIT 1")
is "$out" "$want" "... prints the last audit row's id and hash"

# Every printed report carries the head in its footer.
if have_openpyxl; then
	g report training --year 2026 -o "$tmp/t.xlsx"
	exit_is 0 "a report"
	footer=$("$PY" -c 'import sys, openpyxl
for ws in openpyxl.load_workbook(sys.argv[1]).worksheets:
    print(ws.oddFooter.left.text)' "$tmp/t.xlsx" | sort -u)
	is "$footer" "Audit chain head $want" "... names the chain head in every sheet's footer"
else
	skip "report footer" "no python3-openpyxl"
fi

# A backup keeps its head beside it and says it.
g backup "$tmp/b1.db"
exit_is 0 "backup"
is "$(cat "$tmp/b1.db.head")" "$want" "FILE.head holds the backup's chain head"
is "$(stat -c %a "$tmp/b1.db.head")" "600" "... private, 0600"
like "$out" "$want" "... and the backup prints it"
echo "kept" >"$tmp/b2.db.head"
g backup "$tmp/b2.db"
exit_is 1 "a backup whose FILE.head exists already: refused"
ok_if "$([ ! -e "$tmp/b2.db" ]; echo $?)" "... before anything is copied"
is "$(cat "$tmp/b2.db.head")" "kept" "... and the file is left as it was"
g check --against "$tmp/b1.db"
exit_is 0 "the database extends its own backup"
g check --against "$tmp/b1.db.head"
exit_is 0 "... and the head kept beside it"

# A trigger dropped, nothing else.
sql "DROP TRIGGER sales_no_delete"
g check
exit_is 5 "a dropped trigger: exit 5"
like "$out" "trigger sales_no_delete that the program's schema has is missing" "the trigger is named"
cp "$tmp/clean.db" "$GSPDESK_DB"
sql "CREATE TABLE notes (x)"
g check
exit_is 5 "a table added behind the program's back: exit 5"
like "$out" "table notes is not part of the program's schema" "the table is named"

# The last audit rows deleted with their record: the rest chains, and
# only the head kept outside shows the loss.
cp "$tmp/clean.db" "$GSPDESK_DB"
sql "DROP TRIGGER audit_no_delete; DELETE FROM audit WHERE form = 'sales' AND record_id = 3;
     INSERT INTO sales_search (sales_search, rowid, spec, batch, serial, remarks) SELECT 'delete', id, spec, batch, serial, remarks FROM sales WHERE id = 3;
     DROP TRIGGER sales_no_delete; DELETE FROM sales WHERE id = 3;
     CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit  BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
     CREATE TRIGGER sales_no_delete BEFORE DELETE ON sales  BEGIN SELECT RAISE(ABORT, 'records are voided, never deleted'); END;"
g check --against "$tmp/b1.db.head"
exit_is 5 "the last sale and its audit row deleted: exit 5 against the head"
last=$(printf '%s' "$want" | cut -d' ' -f1)
like "$out" "the head kept outside the file is row $last" "the removed tail is named"

# The chain rewritten from a row on: a sale's qty changed in the table and
# its audit row, every hash after it recomputed.
cp "$tmp/clean.db" "$GSPDESK_DB"
id=$(sql "SELECT id FROM audit WHERE form = 'sales' AND record_id = 1")
sql "DROP TRIGGER audit_no_update; UPDATE audit SET changes = replace(changes, '\"3\"', '\"30\"') WHERE id = $id; UPDATE sales SET qty = 30 WHERE id = 1"
rehash "$id"
g check
exit_is 0 "a re-hashed chain passes on its own (this is what the head is for)"
g check --against "$tmp/b1.db"
exit_is 5 "... not against the backup"
like "$out" "Audit row $last is not the one kept outside the file" "the rewritten head is named"

# A row dated before the one above it, its hash made good.
cp "$tmp/clean.db" "$GSPDESK_DB"
sql "DROP TRIGGER audit_no_update; UPDATE audit SET at = '2001-01-01T00:00:00Z' WHERE id = $id"
rehash "$id"
g check
exit_is 5 "an audit row dated back: exit 5"
like "$out" "Audit row $id is dated 2001-01-01T00:00:00Z, before the row above it" "the row is named"

# A record's bookkeeping changed: who wrote it, when, its version, its
# void reason. Sale 2 is voided first, the program's way.
cp "$tmp/clean.db" "$GSPDESK_DB"
g void sales 2 --reason "entered twice"
exit_is 0 "a sale voided"
cp "$GSPDESK_DB" "$tmp/voided.db"
for change in "created_by = 'li'" "created_at = '2020-01-01T00:00:00Z'" "version = 7" \
	"updated_by = 'li'" "void_reason = 'never sold'"; do
	cp "$tmp/voided.db" "$GSPDESK_DB"
	sql "UPDATE sales SET $change WHERE id = 2"
	g check
	exit_is 5 "sale 2 with $change: exit 5"
	field=${change%% *}
	like "$out" "sales record 2, field $field: stored" "... the field $field is named"
done
cp "$tmp/voided.db" "$GSPDESK_DB"
g check
exit_is 0 "the voided sale as the program left it passes"

# The office's own tables changed with one UPDATE each.
for change in "users SET role = 'admin' WHERE name = 'li'" \
	"users SET disabled = 1 WHERE name = 'li'" \
	"settings SET value = '假公司' WHERE key = 'company'" \
	"tokens SET expires = '2999-01-01T00:00' WHERE id = 1" \
	"tokens SET user = 'admin' WHERE id = 1"; do
	cp "$tmp/clean.db" "$GSPDESK_DB"
	sql "UPDATE $change"
	g check
	exit_is 5 "UPDATE $change: exit 5"
	field=$(printf '%s' "$change" | sed 's/^[a-z]* SET \([a-z_]*\) .*/\1/')
	like "$out" "field $field: stored" "... the field $field is named"
done
cp "$tmp/clean.db" "$GSPDESK_DB"
sql "INSERT INTO users (name, role, pwhash, created_at, created_by) SELECT 'eve', 'admin', pwhash, created_at, 'admin' FROM users WHERE name = 'admin'"
g check
exit_is 5 "a user inserted with sqlite3: exit 5"
like "$out" "The user eve has no audit row" "... the account is named"

# A row forged by a clerk, who may not change settings, its hash made good.
cp "$tmp/clean.db" "$GSPDESK_DB"
next=$(sql "SELECT max(id) + 1 FROM audit")
sql "INSERT INTO audit (id, at, user, form, action, changes, hash) VALUES ($next, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 'li', 'settings', 'set', '{\"company\":[\"康宁医疗器械有限公司\",\"假公司\"]}', 'x'); UPDATE settings SET value = '假公司' WHERE key = 'company'"
rehash "$next"
g check
exit_is 5 "a settings row forged in a clerk's name: exit 5"
like "$out" "Audit row $next (settings, set) was written by li, whose role clerk may not do that." "the row and the role are named"

# Settings nobody set through the program.
cp "$tmp/clean.db" "$GSPDESK_DB"
sql "UPDATE settings SET value = '0' WHERE key = 'test_clock'"
g check
exit_is 5 "the test-clock mark changed: exit 5"
like "$out" "settings test_clock, field value: stored \"0\"" "... named"
cp "$tmp/clean.db" "$GSPDESK_DB"
sql "INSERT INTO settings (key, value) VALUES ('idle_lock_minutes', '0')"
g check
exit_is 5 "a setting inserted with sqlite3: exit 5"
like "$out" "The setting idle_lock_minutes has no audit row" "... named"

# A restore's audit row holds the chain heads of the replaced database and
# of the backup, and the restored database passes check.
cp "$tmp/clean.db" "$GSPDESK_DB"
g add customers code=C3 name=新客户 province=浙江省 city=杭州市
replaced=$(sql "SELECT id || ' ' || hash FROM audit ORDER BY id DESC LIMIT 1")
g restore "$tmp/b1.db"
exit_is 0 "restore the backup"
heads=$(sql "SELECT json_extract(changes, '$.chain_head') FROM audit ORDER BY id DESC LIMIT 1")
is "$heads" "[\"$replaced\",\"$want\"]" "the restore row names the replaced head and the backup's"
g check --against "$tmp/b1.db.head"
exit_is 0 "the restored database passes check against the backup's head"

# An index that no longer matches its table: --full runs SQLite's whole
# integrity_check, which sees it; the quick check by default does not
# (the changed schema text it sees anyway).
cp "$tmp/clean.db" "$GSPDESK_DB"
sql "PRAGMA writable_schema = ON; UPDATE sqlite_schema SET sql = 'CREATE INDEX customers_name ON customers (code)' WHERE name = 'customers_name'"
g check --full
exit_is 5 "an index out of step with its table: exit 5 with --full"
like "$out" "SQLite integrity check: row 1 missing from index customers_name" "... the index is named"
g check
exit_is 5 "... and without it"
unlike "$out" "missing from index" "... where the quick check leaves the index's content out"
like "$out" "index customers_name is not as the program's schema has it" "... but the schema comparison names it"

# A head file that is not one.
echo "nonsense" >"$tmp/bad.head"
g check --against "$tmp/bad.head"
exit_is 1 "a file that is not a head: refused"
like "$err" "neither a gspdesk backup nor a chain head" "... and said so"

done_testing
