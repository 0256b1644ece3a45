#!/bin/sh
# gspdesk trace (issue 6): batch B1 of the implant P2 sold to three
# customers (2 + 3 + 1 units, one unit implanted in 张三), a voided B1 line
# and a B2 line that must not show; the total is 6, worked out by hand.
. "${GSPDESK_TEST_SRCDIR:-$(dirname "$0")/..}/cli/lib.sh"

init_db
add_fixtures
g add customers code=C3 name=丙诊所 address=宁波路3号 contact=赵 phone=0574-333
for line in "C1 2 2026-10-01" "C2 3 2026-10-02" "C3 1 2026-10-03" "C3 7 2026-10-04"; do
	set -- $line
	g add sales product=P2 qty="$2" batch=B1 sale_date="$3" customer="$1"
done
g void sales 4 --reason "entered twice"
g add sales product=P2 qty=5 batch=B2 sale_date=2026-10-03 customer=C3
g add implants sale=2 hospital=C2 patient=张三 use_date=2026-10-05
is "$out" "1" "an implant record names its sales line by id"

g trace --product P2 --batch B1 --format csv
exit_is 0 "trace csv"
is "$(cut -d, -f1,2,7,12,13,15 "$tmp/out" | tr '\n' ' ')" \
	"kind,id,customer,qty,patient,sale sale,1,C1,2,, sale,2,C2,3,, sale,3,C3,1,, implant,1,,,张三,2 " \
	"csv: the three live lines of B1 and the implant, nothing else"
like "$(sed -n 4p "$tmp/out")" "宁波路3号,赵,0574-333" "csv: the buyer's address, contact and phone"

g trace --batch B1
exit_is 0 "trace table"
like "$out" "Total quantity sold: 6 in 3 lines" "table: total 2 + 3 + 1 = 6"
like "$out" "张三" "table: the patient"

if have_python; then
	g trace --batch B1 --format json
	is "$("$PY" -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d["total_qty"], [s["id"] for s in d["sales"]], [i["patient"] for i in d["implants"]])' "$tmp/out")" \
		"6 [1, 2, 3] ['张三']" "json: total, lines and patient"
else
	skip "json: total, lines and patient" "no python3"
fi

g trace --serial NOPE
exit_is 0 "an unknown number is an empty trace"
like "$out" "Total quantity sold: 0 in 0 lines" "empty trace says so"
# the same as a workbook for the manufacturer: cells worked out from the
# lines above (dates as dates, quantities as numbers)
book=$tmp/trace.xlsx
g trace --product P2 --batch B1 --format xlsx -o "$book"
exit_is 0 "trace as a workbook"
if have_openpyxl; then
	cells=$("$PY" - "$book" <<'PYEOF'
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
_, b, i = wb.worksheets
print(wb.sheetnames)
print(b["A2"].value)
for r in (5, 6, 7):
    print(b.cell(r, 1).value.strftime("%Y-%m-%d"), b.cell(r, 1).number_format,
          b.cell(r, 5).value, b.cell(r, 9).value, b.cell(r, 10).value)
print(b.cell(8, 1).value)
print(i.cell(5, 1).value.strftime("%Y-%m-%d"), i.cell(5, 2).value, i.cell(5, 3).value, i.cell(5, 7).value)
PYEOF
)
	like "$cells" "['Received', 'Buyers', 'Implanted']" "three sheets: received, buyers and implanted"
	like "$cells" "Batch B1. Total quantity sold: 6 in 3 lines." "the batch and its total under the title"
	like "$cells" "2026-10-01 yyyy-mm-dd 杭州市第一人民医院 2 1" "line 1: C1, 2 units"
	like "$cells" "2026-10-02 yyyy-mm-dd ABC_Clinic诊所 3 2" "line 2: C2, 3 units"
	like "$cells" "2026-10-03 yyyy-mm-dd 丙诊所 1 3" "line 3: 丙诊所, 1 unit"
	like "$cells" "None" "nothing after the third line (the voided one and B2 left out)"
	like "$cells" "2026-10-05 ABC_Clinic诊所 张三 2" "the patient, with the line the unit was sold on"
else
	skip "trace as a workbook read back" "no python3-openpyxl"
fi
g trace --product P2 --batch B1 --format xlsx -o "$book"
exit_is 1 "an existing workbook is not replaced without --force"
refused 2 "" "xlsx without a file" trace --batch B1 --format xlsx

refused 2 "" "trace with both numbers" trace --batch B1 --serial S
refused 2 "" "trace with neither" trace
refused 1 "Product" "trace of an unknown product" trace --product P9 --batch B1

done_testing
