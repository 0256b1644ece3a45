#!/bin/sh
# import from .xlsx (issue 22): workbooks made here by openpyxl (and the
# program's own export), read through the same import as CSV. Expected
# records are worked out by hand from the cells written below: a title row
# merged above the header found by its words, the paper form's column
# titles, dates as serial numbers under a date style (1900 and 1904
# systems) or as text, a formula's cached value, booleans, empty cells by
# position, --sheet, the row numbers Excel shows; hostile files refused
# with a message and nothing written.
. "${GSPDESK_TEST_SRCDIR:-$(dirname "$0")/..}/cli/lib.sh"

if ! have_python || ! "$PY" -c 'import openpyxl' 2>/dev/null; then
	skip "import xlsx" "no Debian python3 with openpyxl to make the workbooks"
	done_testing
	exit 0
fi
init_db
add_fixtures
cd "$tmp" || exit 1

# the office's sales ledger: a merged title, then the paper form's words
"$PY" - <<'PY'
import datetime, openpyxl, zipfile
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "台帐"
ws.append(["产品销售记录"])
ws.merge_cells("A1:G1")
ws.append(["产品名称", "数量", "批号", "有效期限", "销售日期", "去向", "备注"])
ws.append(["P1", 2, "X-1", datetime.date(2029, 1, 31), datetime.date(2026, 3, 5), "C1", None])
ws.append(["P1", None, "X-2", "2029-02-28", datetime.date(2026, 3, 6), "C2", "公式"])
ws["B4"] = "=1+2"
ws.append([])
ws.append(["P1", 1, "X-3", None, datetime.datetime(2024, 2, 29, 0, 0), "C1", 4.5])
other = wb.create_sheet("第二页")
other.append(["product", "qty", "batch", "sale_date", "customer"])
other.append(["P1", 7, "Y-1", datetime.date(2026, 4, 1), "C2"])
wb.save("ledger.xlsx")
# openpyxl writes no cached value for a formula: put Excel's in
with zipfile.ZipFile("ledger.xlsx") as z:
    parts = {n: z.read(n) for n in z.namelist()}
sheet = parts["xl/worksheets/sheet1.xml"].decode()
assert "<f>1+2</f><v></v>" in sheet
parts["xl/worksheets/sheet1.xml"] = sheet.replace("<f>1+2</f><v></v>", "<f>1+2</f><v>3</v>").encode()
with zipfile.ZipFile("ledger.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
    for n, b in parts.items():
        z.writestr(n, b)

# a workbook of the 1904 date system, with a yes/no column
wb = openpyxl.Workbook()
wb.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
ws = wb.active
ws.append(["code", "name", "implant", "sterile"])
ws.append(["P7", "骨钉", True, False])
wb.save("products.xlsx")
wb = openpyxl.Workbook()
wb.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
ws = wb.active
ws.append(["product", "qty", "batch", "sale_date", "customer"])
ws.append(["P1", 1, "W-1", datetime.date(2026, 4, 2), "C1"])
wb.save("sales1904.xlsx")
PY
is "$?" "0" "fixture: workbooks written by openpyxl"

g import sales ledger.xlsx
exit_is 0 "the ledger's first sheet imports"
g list sales --format csv
# hand-worked: 2029-01-31 and 2026-03-05 from their serials, 3 from the
# formula's cached value, the text date as written, 2024-02-29 00:00 as a
# date, 4.5 as written; row 5 (empty) skipped; listed by sale date
is "$(tail -n +2 "$tmp/out" | cut -d, -f2,4,5,7,8,9 | tr '\n' ' ')" \
	"P1,1,X-3,,2024-02-29,C1 P1,2,X-1,2029-01-31,2026-03-05,C1 P1,3,X-2,2029-02-28,2026-03-06,C2 " \
	"product, qty, batch, expiry, sale date and buyer as the cells hold them"
g show sales 3
like "$out" "4.5" "a number in a text column as Excel shows it"
g import sales ledger.xlsx --sheet 第二页
exit_is 0 "--sheet names the second sheet"
g list sales batch=Y-1 --format csv
is "$(tail -n +2 "$tmp/out" | cut -d, -f4,8)" "7,2026-04-01" "its row, by field names"
g import sales ledger.xlsx --sheet 第三页
exit_is 1 "a sheet that does not exist: exit 1"
like "$err" "has no sheet \"第三页\"; its sheets: 台帐, 第二页" "the message lists the sheets"

g import products products.xlsx
exit_is 0 "a workbook of the 1904 system imports"
g show products 3
# the labels' column is as wide as the longest label: spaces squeezed
like "$(printf '%s\n' "$out" | tr -s ' ')" "Implant yes" "TRUE as yes"
like "$(printf '%s\n' "$out" | tr -s ' ')" "Sterile no" "FALSE as no"
g import sales sales1904.xlsx
exit_is 0 "a sales sheet of the 1904 system imports"
g list sales batch=W-1 --format csv
is "$(tail -n +2 "$tmp/out" | cut -d, -f8)" "2026-04-02" "its date counted from 1904-01-01"
"$PY" -c 'import zipfile,sys; sys.exit(0 if b"date1904" in zipfile.ZipFile("sales1904.xlsx").read("xl/workbook.xml") else 1)'
is "$?" "0" "the workbook says date1904"

# refused rows name the row Excel shows (the header is row 2 here)
"$PY" - <<'PY'
import datetime, openpyxl
wb = openpyxl.Workbook()
ws = wb.active
ws.append(["产品销售记录 2026"])
ws.append(["产品名称", "数量", "批号", "销售日期", "去向"])
ws.append(["P1", 1, "Z-1", datetime.date(2026, 5, 1), "C1"])
ws.append(["P1", 0, "Z-2", datetime.date(2026, 5, 2), "C1"])
wb.save("bad_row.xlsx")
PY
dump_db "$tmp/dump.before"
g import sales bad_row.xlsx
exit_is 1 "a row breaking a rule: exit 1"
like "$err" "line 4, column 数量" "refused by its Excel row and its column's title"
unchanged_since "$tmp/dump.before" "nothing imported"

# the program's own xlsx export comes back as the same records
g export sales --format xlsx -o export.xlsx
exit_is 0 "export sales as xlsx"
g list sales --format csv
cut -d, -f2- "$tmp/out" | tail -n +2 >before.csv
GSPDESK_DB=$tmp/data/second.db
init_db
add_fixtures
g import sales export.xlsx
exit_is 0 "the export imports into a new office"
g list sales --format csv
cut -d, -f2- "$tmp/out" | tail -n +2 >after.csv
if cmp -s before.csv after.csv; then ok "the same records"; else not_ok "the same records"; diag "$(diff before.csv after.csv)"; fi

# an office's CSV in GB18030, opened and saved as .xlsx by LibreOffice
# (charset 85 is its GB18030): its dates become serial numbers under a
# date style, a batch of digits a number
if command -v soffice >/dev/null 2>&1; then
	GSPDESK_DB=$tmp/data/third.db
	init_db
	add_fixtures
	printf '%s\r\n' "产品销售记录,,,," "产品名称,数量,批号,销售日期,去向" \
		"P1,4,20240101,2026-03-05,杭州市第一人民医院" "P1,1,B-9,2026-03-06,C2" |
		iconv -f UTF-8 -t GB18030 >office.csv
	mkdir -p lo
	HOME=$tmp/lo timeout 300 soffice --headless --norestore \
		--infilter="CSV:44,34,85,1,,0,false,true" --convert-to xlsx --outdir "$tmp/lo" \
		office.csv >/dev/null 2>&1
	check "LibreOffice saved the GB18030 CSV as a workbook" test -s lo/office.xlsx
	"$PY" -c 'import openpyxl, sys
ws = openpyxl.load_workbook(sys.argv[1]).active
sys.exit(0 if ws["C3"].data_type == "n" and ws["D3"].is_date else 1)' lo/office.xlsx
	is "$?" "0" "in it the batch 20240101 is a number and the date a date"
	g import sales lo/office.xlsx
	exit_is 0 "LibreOffice's workbook imports"
	g list sales --format csv
	is "$(tail -n +2 "$tmp/out" | cut -d, -f2,4,5,8 | sort)" "$(printf '%s\n' \
		"P1,1,B-9,2026-03-06" "P1,4,20240101,2026-03-05")" \
		"product, qty, the batch as its digits (not 20240101.0), the sale dates"
	GSPDESK_DB=$tmp/data/second.db
else
	skip "a workbook saved by LibreOffice" "soffice is not installed"
fi

# ---- hostile files: refused with a message, nothing written ----
dump_db "$tmp/dump.before"
printf '\320\317\021\340\241\261\032\341rest of an OLE file' >old.xls
g import sales old.xls
exit_is 1 ".xls: exit 1"
like "$err" "save it as .xlsx" "says to save it as .xlsx or CSV"
printf 'product,qty\n' >not.xlsx
g import sales not.xlsx
exit_is 1 "a text file named .xlsx: exit 1"
like "$err" "is not an Excel workbook" "says it is not a workbook"
"$PY" - <<'PY'
import openpyxl, zipfile
wb = openpyxl.Workbook()
wb.active.append(["product", "qty"])
wb.save("base.xlsx")
with zipfile.ZipFile("base.xlsx") as z:
    parts = {n: z.read(n) for n in z.namelist()}
def variant(name, sheet):
    with zipfile.ZipFile(name, "w", zipfile.ZIP_DEFLATED) as z:
        for n, b in parts.items():
            z.writestr(n, sheet if n == "xl/worksheets/sheet1.xml" else b)
ns = b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
variant("entities.xlsx", b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>' + ns +
        b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&b;</t></is></c></row></sheetData></worksheet>')
variant("bomb.xlsx", ns + b"<sheetData>" + b" " * (64 << 20) + b"</sheetData></worksheet>")
variant("far.xlsx", ns + b'<sheetData><row r="1"><c r="XFE1" t="inlineStr"><is><t>product</t></is></c></row></sheetData></worksheet>')
variant("deep.xlsx", ns + b'<sheetData><row r="1048577"><c r="A1048577"><v>1</v></c></row></sheetData></worksheet>')
PY
g import sales entities.xlsx
exit_is 1 "XML entities: exit 1"
like "$err" "declares a DTD (XML entities): refused" "says why"
g import sales bomb.xlsx
exit_is 1 "a sheet that inflates a thousandfold: exit 1"
like "$err" "(a zip bomb?): refused" "says why"
g import sales far.xlsx
exit_is 1 "a cell past Excel's last column: exit 1"
like "$err" "beyond Excel's limits" "says why"
g import sales deep.xlsx
exit_is 1 "a row past Excel's last row: exit 1"
like "$err" "beyond Excel's limits" "says why"
g import sales notes.csv --sheet x
exit_is 2 "--sheet with a CSV file: usage error"
unchanged_since "$tmp/dump.before" "nothing was written by any of them"

done_testing
