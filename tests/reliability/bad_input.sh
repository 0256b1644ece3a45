#!/bin/sh
# Promise: bad input is refused with a message naming what was wrong, and
# nothing is stored. Every field of every form gets bad values for its type,
# read from `gspdesk forms FORM` (so a new field is covered without editing
# this test): empty where required, 501 characters (longer than any field's
# limit, the longest being 500 in forms/*.c), control characters (SOH, ESC,
# the C1 U+0085), invalid UTF-8, SQL fragments where a number, date, choice
# or reference is wanted, 2025-02-29 (2025 is not a leap year), -1, 1e309,
# 1,000 and full-width digits. Each value of a type goes to each form at
# least once and each field gets at least one (round-robin over the fields
# of a type: every command hashes the password, so the full cross product
# would take minutes). Each must exit 1, name the field's label and leave
# the .dump unchanged. The global options and command options get the same
# treatment (exit 2, the usage status, naming the option). And SQL text in
# a text field is not refused but stored literally.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/reliability/lib.sh"

if ! have_python; then
	echo "1..0 # SKIP no python3 to read the forms' field lists"
	exit 0
fi

init_db
add_fixtures
g add sales product=P1 qty=3 batch=B1 sale_date=2025-03-05 customer=C1
is "$rc:$out" "0:1" "a sale for edit and show"

sql="'; DROP TABLE sales; --"
base_products="code=PX name=产品X"
base_customers="code=CX name=客户X"
base_sales="product=P1 qty=1 batch=B1 sale_date=2025-03-05 customer=C1"

# cases FORM: one line per bad value: field, label, value, what it is
cases() {
	"$PY" - "$1" "$tmp/out" "$sql" <<'PYEOF'
import sys
form, forms_out, sql = sys.argv[1], sys.argv[2], sys.argv[3]
lines = open(forms_out, encoding="utf-8").read().splitlines()
head = lines[1]
cols = [head.index(w) for w in ("Label", "Type", "Required", "Notes")]
fields = []
for ln in lines[2:]:
    name = ln[:cols[0]].strip()
    label = ln[cols[0]:cols[1]].strip()
    ftype = ln[cols[1]:cols[2]].strip()
    req = ln[cols[2]:cols[3]].strip()
    if req == "computed":
        continue
    fields.append((name, label, ftype, req == "required"))
# bad values by type: (value as bytes, why)
text_bad = [(b"a\x01b", "SOH control character"), (b"a\x1b[31mb", "ESC sequence"),
            ("a\u0085b".encode(), "C1 control U+0085"), (b"caf\xe9", "invalid UTF-8"),
            (b"x" * 501, "501 characters")]
# (full-width digits are good values: read as ASCII, issue 18, test_field)
num_common = [(b"-1", "-1"), (b"1e309", "1e309"), (b"1,000", "thousands separator"),
              (sql.encode(), "SQL fragment"),
              ("1\u0085".encode(), "C1 control after a digit"), (b"1\xff", "invalid UTF-8")]
bad = {
    "text": text_bad,
    "whole number": num_common + [(b"2.5", "a fraction")],
    "number": num_common + [(b"nan", "nan")],
    "date": [(b"2025-02-29", "29 February in 2025"), (b"-1", "-1"), (b"1e309", "1e309"),
             (sql.encode(), "SQL fragment"),
             (b"2025-03-05\x01", "SOH control character")],
    "choice": [(b"IV", "not a choice"), (b"-1", "-1"), (sql.encode(), "SQL fragment"),
               ("Ｉ".encode(), "full-width letter")],
    "yes/no": [(b"maybe", "not yes or no"), (b"-1", "-1"), (sql.encode(), "SQL fragment")],
    "reference": [(sql.encode(), "SQL fragment"), (b"-1", "-1"), (b"1e309", "1e309"),
                  ("P\u0085".encode(), "C1 control")],
}
out = sys.stdout.buffer
def emit(name, label, value, why):
    out.write(b"\x1f".join([name.encode(), label.encode(), value, why.encode()]) + b"\n")
for ftype in sorted({f[2] for f in fields}):
    group = [f for f in fields if f[2] == ftype]
    values = bad[ftype]
    for i in range(max(len(group), len(values))):
        name, label, _, _ = group[i % len(group)]
        value, why = values[i % len(values)]
        emit(name, label, value, why)
for name, label, _, req in fields:
    if req:
        emit(name, label, b"", "empty but required")
PYEOF
}

for form in products customers sales; do
	g forms "$form"
	if [ "$rc" != 0 ]; then
		not_ok "gspdesk forms $form"
		continue
	fi
	cases "$form" >"$tmp/cases.$form" || { not_ok "reading the fields of $form"; continue; }
	eval "base=\$base_$form"
	n=0
	# fields split at the unit separator: not whitespace, so an empty value
	# stays a field of its own
	us=$(printf '\037')
	while IFS=$us read -r field label value why; do
		n=$((n + 1))
		# the base record without the field under test, then the bad value
		args=
		for w in $base; do
			case $w in "$field="*) ;; *) args="$args $w" ;; esac
		done
		# shellcheck disable=SC2086 # the base words split on purpose
		refused 1 "$label" "$form $field: $why" add "$form" $args "$field=$value" </dev/null
	done <"$tmp/cases.$form"
	diag "$form: $n bad values"
done

# --- command-line options ---------------------------------------------------
# usage errors exit 2 and name the option; nothing is written
refused 2 "--db" "--db empty" --db "" add sales $base_sales
refused 2 "--lang" "--lang xx" --lang xx add sales $base_sales
refused 2 "--lang" "--lang empty" --lang "" add sales $base_sales
refused 2 "--lang" "--lang with SQL" --lang "$sql" add sales $base_sales
refused 2 "--format" "--format bogus" list sales --format bogus
refused 2 "--format" "--format empty" list sales --format ""
for v in -1 0 1e309 1,000 １２ "$sql" ""; do
	refused 2 "--limit" "--limit '$v'" list sales --limit "$v"
done
for v in 2025-02-29 -1 1e309 ２０２５-０３-０５ "$sql" ""; do
	refused 2 "--since" "--since '$v'" list sales --since "$v"
	refused 2 "--until" "--until '$v'" list sales --until "$v"
done
refused 2 "--sort" "--sort on no such field" list sales --sort "$sql"
for v in -1 0 1e309 1,000 １２ "$sql"; do
	refused 2 "--expect-version" "--expect-version '$v'" \
		edit sales 1 qty=4 --reason typo --expect-version "$v"
done
refused 2 "--reason" "an edit with an empty --reason" edit sales 1 qty=4 --reason ""
refused 2 "$sql" "a field name that is SQL" add sales $base_sales "$sql=1"
for v in -1 0 1e309 １ "$sql"; do
	refused 2 "" "show sales '$v'" show sales "$v"
done
# who and where
refused 3 "" "--user empty" --user "" add sales $base_sales
refused 3 "" "--user with SQL" --user "$sql" add sales $base_sales
refused 4 "" "--db naming a directory" --db "$tmp" add sales $base_sales
refused 4 "" "--db naming a missing file" --db "$tmp/none.db" add sales $base_sales
check "the missing database was not created" test ! -e "$tmp/none.db"

# --- SQL text in every text field is data ------------------------------------
for form in products customers; do
	g forms "$form"
	fields=$("$PY" -c '
import sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
head = lines[1]
a, b, c = head.index("Label"), head.index("Type"), head.index("Required")
print(" ".join(l[:a].strip() for l in lines[2:] if l[b:c].strip() == "text"))' "$tmp/out")
	# every text field gets the SQL; the code a unique short variant and
	# the unit (16 characters at most) a short fragment
	set --
	for f in $fields; do
		case $f in
		code) set -- "$@" "code=Q';--$form" ;;
		unit) set -- "$@" "unit=';--" ;;
		udi_di) ;; # a GTIN, digits only: its refusals are tests/cli/udi.sh's
		*) set -- "$@" "$f=$sql" ;;
		esac
	done
	g add "$form" "$@"
	is "$rc" 0 "$form: SQL text in every text field is accepted"
	id=$out
	want=
	got=
	for f in $fields; do
		case $f in
		code) want="$want$f=Q';--$form;" ;;
		unit) want="$want$f=';--;" ;;
		udi_di) want="$want$f=;" ;;
		*) want="$want$f=$sql;" ;;
		esac
		got="$got$f=$(q "SELECT $f FROM $form WHERE id = $id");"
	done
	is "$got" "$want" "$form: each text field stored literally ($fields)"
done
is "$(q "SELECT count(*) FROM sqlite_schema WHERE name IN ('sales', 'products', 'customers', 'audit')")" 4 \
	"every table is still there"
consistent "after all the bad input"

done_testing
