#!/bin/sh
# bench/gen (issue 10's data): the same seed gives the same rows; every
# CHECK, foreign key and the audit chain hold (`gspdesk check` replays each
# record from its audit row); the counts are the ones asked; the records
# pass the program's own validation (exported and imported into a fresh
# database they come back the same, a repair's computed warranty too); the
# CSV files import, sales.csv with `gspdesk import`, sales_raw.csv with the
# sqlite3 shell's .import.
. "${GSPDESK_TEST_SRCDIR:-$(dirname "$0")/..}/cli/lib.sh"

gen=${GSPDESK_BENCH_GEN:-}
if [ -z "$gen" ] || [ ! -x "$gen" ] || ! have_sqlite3; then
	echo "1..0 # SKIP no bench/gen (GSPDESK_BENCH_GEN) or no sqlite3"
	exit 0
fi
# gen's own administrator
GSPDESK_PASSWORD=bench-pass
ADMIN_PASSWORD=bench-pass
sizes="--sales 2000 --surveys 200 --complaints 100 --quality 100 --service 50"
sql() { "$SQLITE3" "$GSPDESK_DB" "$@"; }
# The generated tables as SQL, and their audit rows without the hash: the
# setup's rows before them carry the real clock (clock_utc_stamp), so the
# chain's hashes differ between runs while every other column is the same.
data_dump() {
	"$SQLITE3" "$1" ".dump customers products suppliers receipts receipt_lines sales surveys survey_scores complaints quality service"
	"$SQLITE3" "$1" "SELECT id, at, user, form, record_id, action, changes FROM audit
		WHERE form NOT IN ('users', 'settings', 'survey_items') ORDER BY id"
}

mkdir -p "$tmp/a" "$tmp/b" "$tmp/c"
# shellcheck disable=SC2086 # the sizes split on purpose
"$gen" --db "$tmp/a.db" --seed 7 $sizes --csv "$tmp/a" >"$tmp/gen.out" 2>&1
check "gen --seed 7 with every kind of record: exit 0" test $? = 0
# shellcheck disable=SC2086
"$gen" --db "$tmp/b.db" --seed 7 $sizes --csv "$tmp/b" >/dev/null 2>&1
# shellcheck disable=SC2086
"$gen" --db "$tmp/c.db" --seed 8 $sizes --csv "$tmp/c" >/dev/null 2>&1
data_dump "$tmp/a.db" >"$tmp/a.sql"
data_dump "$tmp/b.db" >"$tmp/b.sql"
data_dump "$tmp/c.db" >"$tmp/c.sql"
check "the same seed: the same rows and audit rows" cmp -s "$tmp/a.sql" "$tmp/b.sql"
check "the same seed: the same CSV files" \
	sh -c "cmp -s '$tmp/a/sales.csv' '$tmp/b/sales.csv' && cmp -s '$tmp/a/sales_raw.csv' '$tmp/b/sales_raw.csv'"
check "another seed: other rows (so the comparison can fail)" sh -c "! cmp -s '$tmp/a.sql' '$tmp/c.sql'"

GSPDESK_DB=$tmp/a.db
is "$(sql 'PRAGMA foreign_key_check')" "" "no foreign key refers to a missing record"
is "$(sql 'PRAGMA integrity_check')" "ok" "integrity_check: ok"

# 2000 + 500 master records and 2000 lines; 200 surveys of 2026 and 200/10
# of 2025, six active items each: 220 × 6 = 1320 scores.
is "$(sql "SELECT (SELECT count(*) FROM customers), (SELECT count(*) FROM products),
	(SELECT count(*) FROM sales), (SELECT count(*) FROM surveys WHERE year = 2026),
	(SELECT count(*) FROM surveys WHERE year = 2025), (SELECT count(*) FROM survey_scores),
	(SELECT count(*) FROM complaints), (SELECT count(*) FROM quality),
	(SELECT count(*) FROM service)")" "2000|500|2000|200|20|1320|100|100|50" \
	"the counts asked for"
is "$(sql "SELECT count(*) FROM surveys s WHERE (SELECT count(DISTINCT item) FROM survey_scores
	WHERE survey = s.id) <> 6")" "0" "every survey scores each of the six items once"
is "$(sql "SELECT count(*) FROM (SELECT 1 FROM surveys GROUP BY customer, year, respondent
	HAVING count(*) > 1)")" "0" "one survey per customer, year and respondent"
# overall 4 or 5 is drawn with 82% (40% + 42%): over 60% of 220 is sure
is "$(sql "SELECT count(*) > 0.6 * 220 FROM surveys WHERE overall >= 4")" "1" \
	"most overall scores are 4 or 5"
# complaints older than 60 days are closed with 96%: over 80% is sure
is "$(sql "SELECT sum(status = 'closed') > 0.8 * count(*) FROM complaints
	WHERE received_at < '2026-09'")" "1" "old complaints are mostly closed"
for t in complaints quality service; do
	batch="AND s.batch IS r.batch"
	[ "$t" = service ] && batch= # a ticket has no batch
	is "$(sql "SELECT count(*) FROM $t r WHERE NOT EXISTS (SELECT 1 FROM sales s
		WHERE s.product = r.product AND s.customer = r.customer AND s.serial IS r.serial
		$batch)")" "0" "every $t record names a product, customer and batch or serial sold together"
done

# where the sales came from (issue 23): each batch (or serial number) sold
# has one accepted receipt line of its product, received before its first
# sale, of at least what was sold; twenty suppliers, every product approved
is "$(sql "SELECT count(*) FROM (SELECT s.product, s.batch_key, CASE WHEN s.batch_key IS NULL
	THEN s.serial_key END AS sk, min(s.sale_date) AS first, sum(s.qty) AS sold FROM sales s
	WHERE s.voided = 0 GROUP BY 1, 2, 3) g WHERE (SELECT count(*) FROM receipt_lines l
	JOIN receipts h ON h.id = l.receipt WHERE l.product = g.product AND l.batch_key IS g.batch_key
	AND (g.batch_key IS NOT NULL OR l.serial_key = g.sk) AND l.conclusion = 'accepted'
	AND h.date < g.first AND l.qty >= g.sold) <> 1")" "0" \
	"every batch and serial sold was received once, before its first sale, at least as many"
is "$(sql "SELECT (SELECT count(*) FROM suppliers), (SELECT count(*) FROM products
	WHERE approved_on IS NULL), (SELECT count(*) FROM receipt_lines l JOIN receipts h
	ON h.id = l.receipt WHERE NOT EXISTS (SELECT 1 FROM sales s WHERE s.product = l.product
	AND s.batch_key IS l.batch_key AND s.sale_date > h.date))")" "20|0|0" \
	"twenty suppliers, every product approved, no receipt line of goods never sold"

# implant records: 95% of the implant lines sold 70 days or more before
# 2026-11-27, each naming its line, at its hospital, used within a week
# of the sale; handled due rows: implant lines without a record after 95
# days, marked not needed, with the line's quantity still missing
imp=$(sql "SELECT count(*) FROM implants")
lines=$(sql "SELECT count(*) FROM sales s JOIN products p ON p.id = s.product
 WHERE p.implant = 1 AND s.sale_date <= '2026-09-18'")
check "implant records for 90-100% of the implant lines 70 days old ($imp of $lines)" \
	test "$((imp * 100))" -ge "$((lines * 90))" -a "$imp" -le "$lines"
is "$(sql "SELECT count(*) FROM implants i JOIN sales s ON s.id = i.sale
 WHERE i.product <> s.product OR i.hospital <> s.customer OR i.use_date < s.sale_date
 OR i.use_date > date(s.sale_date, '+7 days') OR s.sale_date > '2026-09-18'")" "0" \
	"every implant record is its line's unit, used within a week of the sale"
hd=$(sql "SELECT count(*) FROM due_handled")
is "$(sql "SELECT count(*) FROM due_handled h JOIN sales s ON s.id = h.row_key
 WHERE h.kind <> 'implant' OR h.facts <> s.qty OR s.sale_date > '2026-08-24'
 OR EXISTS (SELECT 1 FROM implants i WHERE i.sale = s.id)")" "0" \
	"every handled row is an implant line 95 days old still without a record"
check "some handled rows ($hd)" test "$hd" -gt 0
# one audit row per generated record besides the setup's eleven (six survey
# items, the administrator, three settings, the test clock): 2000 + 500 + 2000 + 220 +
# 1320 + 100 + 100 + 50 = 6290 records, the implant and handled ones and
# the receiving records counted above; check also counts the six items
nrecv=$(sql "SELECT (SELECT count(*) FROM suppliers) + (SELECT count(*) FROM receipts)
	+ (SELECT count(*) FROM receipt_lines)")
g check
exit_is 0 "gspdesk check: exit 0"
is "$out" "No problems: the database is whole, $((6301 + imp + hd + nrecv)) audit rows chain correctly and $((6296 + imp + hd + nrecv)) records match them." \
	"gspdesk check: the chain and every record match"

# the program's own validation: the records exported and imported, in id
# order, into a fresh database with the same customers and products
for t in customers products complaints quality service implants due_handled; do
	g list "$t" --format csv
	printf '%s\n' "$out" >"$tmp/$t.csv"
done
for t in sales complaints quality service implants due_handled; do
	g list "$t" --format csv
	printf '%s\n' "$out" >"$tmp/$t.gen"
done
GSPDESK_DB=$tmp/fresh.db
init_db
g import customers "$tmp/customers.csv"
g import products "$tmp/products.csv"
g import sales "$tmp/a/sales.csv"
exit_is 0 "gspdesk import sales of sales.csv: exit 0"
is "$out" "2000 records imported into sales from $tmp/a/sales.csv." "sales.csv: 2000 lines imported"
for t in complaints quality service implants due_handled; do
	g import "$t" "$tmp/$t.csv"
	exit_is 0 "the generated $t pass the form's rules on import"
done
for t in sales complaints quality service implants due_handled; do
	g list "$t" --format csv
	printf '%s\n' "$out" >"$tmp/$t.imp"
	check "$t imported are the $t generated" cmp -s "$tmp/$t.gen" "$tmp/$t.imp"
done

# sales_raw.csv: the table's columns; .import writes an empty field as ''
# (it knows no NULL), so the rows go in through a view that makes it NULL
GSPDESK_DB=$tmp/raw.db
init_db
cols="id, version, voided, void_reason, created_at, created_by, updated_at, updated_by, product,
	spec, qty, batch, serial, expiry, sale_date, customer, unit_price, amount, remarks, batch_key, serial_key,
	product_name, manufacturer, reg_no, unit, buyer_name, buyer_address, buyer_contact,
	buyer_phone, buyer_licence"
vals=$(printf '%s' "$cols" | sed "s/\([a-z_][a-z_]*\)/nullif(NEW.\1, '')/g")
sql "CREATE TEMP VIEW sales_csv AS SELECT * FROM sales" \
	"CREATE TEMP TRIGGER sales_csv_null INSTEAD OF INSERT ON sales_csv
	 BEGIN INSERT INTO sales ($cols) VALUES ($vals); END" \
	".import --csv $tmp/a/sales_raw.csv sales_csv" >"$tmp/raw.out" 2>&1
is "$(cat "$tmp/raw.out")" "" "sales_raw.csv: .import refuses no row"
"$SQLITE3" "$tmp/a.db" ".dump sales" | grep '^INSERT' >"$tmp/sales.a"
sql ".dump sales" | grep '^INSERT' >"$tmp/sales.raw"
check "sales_raw.csv: the same rows as the generated table" cmp -s "$tmp/sales.a" "$tmp/sales.raw"

# --audit no: the records without their rows, which check finds
GSPDESK_DB=$tmp/noaudit.db
"$gen" --db "$GSPDESK_DB" --sales 100 --customers 10 --products 5 --audit no >/dev/null 2>&1
is "$(sql "SELECT count(*) FROM audit")" "11" "--audit no: only the setup's eleven audit rows"
g check
exit_is 5 "--audit no: gspdesk check finds the records without audit rows"

"$gen" --db "$tmp/x.db" --surveys many >/dev/null 2>"$tmp/usage"
check "a bad number: exit 2" test $? = 2
like "$(cat "$tmp/usage")" "--surveys N" "the usage names the new flags"
check "a refused run leaves no file" test ! -e "$tmp/x.db"

done_testing
