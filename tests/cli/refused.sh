#!/bin/sh
# A refused write changes nothing (issue 2: "a refused write leaving the
# database byte-for-byte unchanged in content"): each refusal exits with its
# code, names the field in its message, prints nothing on stdout, and the
# database's .dump is the same before and after. And text that looks like
# SQL is not refused but stored literally and read back identical.
. "${GSPDESK_TEST_SRCDIR:-$(dirname "$0")/..}/cli/lib.sh"

init_db
add_fixtures
g add sales product=P1 qty=3 unit_price=12.50 batch=B1 sale_date=2025-03-05 customer=C1
is "$out" "1" "a first sale to edit later"

base="product=P1 batch=B1 customer=C1"
# $base splits into words on purpose (shellcheck SC2086)
refused 1 "Destination" "unknown customer" \
	add sales product=P1 batch=B1 qty=1 sale_date=2025-03-05 customer=C99
refused 1 "Product" "unknown product" \
	add sales product=P99 qty=1 batch=B1 sale_date=2025-03-05 customer=C1
refused 1 "Quantity" "qty=0" add sales $base qty=0 sale_date=2025-03-05
refused 1 "Quantity" "qty=-2" add sales $base qty=-2 sale_date=2025-03-05
refused 1 "Quantity" "qty=1e309" add sales $base qty=1e309 sale_date=2025-03-05
refused 1 "Quantity" "qty=1,000" add sales $base qty=1,000 sale_date=2025-03-05
refused 1 "Quantity" "qty=2.5" add sales $base qty=2.5 sale_date=2025-03-05
refused 1 "Quantity" "qty=99999999999999999999" \
	add sales $base qty=99999999999999999999 sale_date=2025-03-05
refused 1 "Quantity" "qty missing" add sales $base sale_date=2025-03-05
refused 1 "Unit price" "unit_price=-1" add sales $base qty=1 unit_price=-1 sale_date=2025-03-05
refused 1 "Unit price" "unit_price=1.234" add sales $base qty=1 unit_price=1.234 sale_date=2025-03-05
refused 1 "Unit price" "unit_price=12,50" add sales $base qty=1 unit_price=12,50 sale_date=2025-03-05
refused 1 "Sale date" "sale date in the future (2026-11-28, today 2026-11-27)" \
	add sales $base qty=1 sale_date=2026-11-28
refused 1 "Sale date" "sale date missing" add sales $base qty=1
refused 1 "Sale date" "sale_date=2025-02-29" add sales $base qty=1 sale_date=2025-02-29
refused 1 "Expiry date" "expiry before the sale date" \
	add sales $base qty=1 expiry=2025-03-04 sale_date=2025-03-05
refused 1 "Batch" "neither batch nor serial" \
	add sales product=P1 customer=C1 qty=1 sale_date=2025-03-05
refused 1 "Product code" "duplicate product code" \
	add products code=P1 name=另一个产品
refused 1 "Customer code" "duplicate customer code" \
	add customers code=C2 name=另一家医院
refused 1 "Device class" "class=IV" add products code=P9 name=X class=IV
refused 1 "Implant" "implant=maybe" add products code=P9 name=X implant=maybe
	refused 1 "Product name" "product without a name" add products code=P9
ctl=$(printf 'B\001X')
refused 1 "Serial no." "a control character (0x01) in serial" \
	add sales $base qty=1 sale_date=2025-03-05 "serial=$ctl"
esc=$(printf 'look\033[31mred')
refused 1 "Product name" "an escape character in a product name" add products code=P9 "name=$esc"
tab=$(printf 'a\tb')
refused 1 "Customer name" "a tab inside a one-line name" add customers code=C9 "name=$tab"
long=$(printf '%0101d' 0)
refused 1 "Product name" "a name of 101 characters (max 100)" add products code=P9 "name=$long"
bad_utf8=$(printf 'caf\351')
refused 1 "Remarks" "remarks that are not UTF-8" \
	add sales $base qty=1 sale_date=2025-03-05 "remarks=$bad_utf8"

# usage and authentication errors write nothing either
refused 2 "colour" "unknown field" add sales $base qty=1 sale_date=2025-03-05 colour=red
refused 2 "oops" "a word without '='" add sales $base qty=1 sale_date=2025-03-05 oops
have_sqlite3 && dump_db "$tmp/dump.before"
g_as "$ADMIN" wrong-password-9 add sales $base qty=1 sale_date=2025-03-05
exit_is 3 "a write with the wrong password: exit 3"
# the one change a wrong password makes is the count of them (issue 8),
# which the next right one clears
g list sales
unchanged_since "$tmp/dump.before" "wrong password: no record written"

# edits and voids refused
refused 1 "Quantity" "edit qty=0" edit sales 1 qty=0 --reason "typo"
refused 1 "Sale date" "edit to a future sale date" edit sales 1 sale_date=2026-12-01 --reason "typo"
refused 1 "Expiry date" "edit expiry before the sale date" edit sales 1 expiry=2025-01-01 --reason "typo"
refused 1 "Destination" "edit to an unknown customer" edit sales 1 customer=C99 --reason "typo"
refused 1 "" "edit sales 999 (no such record)" edit sales 999 qty=2 --reason "typo"
refused 1 "" "void sales 999 (no such record)" void sales 999 --reason "typo"
refused 1 "" "edit that changes nothing" edit sales 1 qty=3 --reason "no change"

# the boundary itself is accepted: today is not the future
g add sales $base qty=1 sale_date=$TODAY
is "$rc:$out" "0:2" "a sale dated today ($TODAY) is accepted as id 2"

# --- SQL-looking text is data ----------------------------------------------
sql="'; DROP TABLE sales; --"
sql2='Robert"); DELETE FROM products WHERE ("1"="1'
g add sales $base qty=1 sale_date=2025-03-05 "remarks=$sql" "serial=$sql2"
is "$rc:$out" "0:3" "remarks with SQL text is accepted as id 3"
g add products code="P'9" "name=$sql2" "manufacturer=$sql"
is "$rc:$out" "0:3" "a product named with SQL text is accepted as id 3"
g add sales "product=$sql2" qty=1 batch=B1 sale_date=2025-03-05 customer=C1
is "$rc:$out" "0:4" "that product found again by its exact name"
g list sales --format json
exit_is 0 "list sales still works"
if have_python; then
	"$PY" - "$tmp/out" "$sql" "$sql2" <<'EOF' >"$tmp/py.out" 2>&1
import json, sys
rows = {str(r["id"]): r for r in json.load(open(sys.argv[1], encoding="utf-8"))}
assert sorted(rows) == ["1", "2", "3", "4"], sorted(rows)
assert rows["3"]["remarks"] == sys.argv[2], rows["3"]
assert rows["3"]["serial"] == sys.argv[3], rows["3"]
assert rows["4"]["product"] == "P'9", rows["4"]
EOF
	ok_if $? "the SQL text reads back identical, and all 4 sales are there"
	[ -s "$tmp/py.out" ] && diag "$(cat "$tmp/py.out")"
else
	skip "the SQL text reads back identical" "no python3"
fi
g show sales 3
like "$out" "$sql" "show prints the remarks literally"
g list products --format csv
like "$out" "P1," "the products table is still there with P1"
if have_sqlite3; then
	is "$("$SQLITE3" "$GSPDESK_DB" "SELECT count(*) FROM sqlite_schema WHERE name IN ('sales','products')")" \
		"2" "the sales and products tables both still exist"
else
	skip "the sales and products tables both still exist" "no sqlite3"
fi

done_testing
