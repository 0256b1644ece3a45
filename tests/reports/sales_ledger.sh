# The printed sales ledger (产品销售记录): a block per product as on the
# paper form, voided and out-of-period lines left out, numbers as numbers,
# dates as dates, A4 printing set up; read back with openpyxl and opened by
# LibreOffice where it is installed. Expected cells worked out by hand from
# the five sales below.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/cli/lib.sh"

init_db
add_fixtures
g add sales product=P1 qty=10 batch=B1 expiry=2028-01-31 sale_date=2026-03-05 customer=C1
g add sales product=P1 qty=5 batch=B1 expiry=2028-01-31 sale_date=2026-02-01 customer=C2 remarks=急用
g add sales product=P2 qty=1 batch=L7 serial=SN100 sale_date=2026-04-01 customer=C1
g add sales product=P1 qty=7 batch=B2 sale_date=2025-12-31 customer=C1
g add sales product=P1 qty=3 batch=B3 sale_date=2026-05-05 customer=C1
is "$out" "5" "five sales entered"
g void sales 5 --reason "entered twice"
exit_is 0 "the fifth is voided"

book=$tmp/ledger.xlsx
g report sales-ledger --from 2026-01-01 --until 2026-06-30 -o "$book"
exit_is 0 "the report is written"
check "the workbook exists" test -s "$book"

if ! have_openpyxl; then
	skip "read back with openpyxl" "no python3-openpyxl"
else
	"$PY" - "$book" >"$tmp/cells" 2>&1 <<'PYEOF'
import sys, openpyxl, datetime
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb.worksheets[0]
def v(c):
    x = ws[c].value
    if isinstance(x, datetime.datetime):
        return "date:" + x.strftime("%Y-%m-%d") + ":" + ws[c].number_format
    return repr(x)
for c in ["A1", "A2", "A4", "E4", "A5", "H5",
          "A6", "B6", "C6", "D6", "E6", "F6", "G6", "H6", "A7", "C7",
          "A9", "E9", "A11", "B11", "C11", "D11", "E11", "F11", "G11", "H11",
          "A12", "C12", "F12", "G12", "A13", "C13", "A14", "A15"]:
    print(c, v(c))
print("sheet", ws.title)
print("paper", ws.page_setup.paperSize, ws.page_setup.orientation)
# an absent fitToWidth means 1 in OOXML (ECMA-376 CT_PageSetup default)
fw = ws.page_setup.fitToWidth
print("fit", 1 if fw is None else fw, ws.page_setup.fitToHeight, ws.sheet_properties.pageSetUpPr.fitToPage)
print("titles", ws.print_title_rows)
print("footer", ws.oddFooter.center.text)
print("header", ws.oddHeader.left.text, "|", ws.oddHeader.right.text)
print("width G", ws.column_dimensions["G"].width >= 2 + 2 * 8)
PYEOF
	cells=$(cat "$tmp/cells")
	like "$cells" "A1 'Product sales record'" "the title"
	like "$cells" "A2 'Sale dates: 2026-01-01 – 2026-06-30'" "the period under it"
	# products by name: "Pacemaker…" (P) sorts before "一次…" (U+4E00)
	like "$cells" "A4 'Product name: Pacemaker起搏器X1'" "first block: the pacemaker"
	like "$cells" "E4 'Manufacturer: 美敦力'" "with its manufacturer"
	like "$cells" "A5 'No.'" "the paper's column titles"
	like "$cells" "H5 'Remarks'" "ending with remarks"
	like "$cells" "A6 1" "line 1"
	like "$cells" "B6 'SR'" "spec from the product"
	like "$cells" "C6 1" "quantity as a number"
	like "$cells" "D6 'L7'" "batch"
	like "$cells" "E6 None" "no expiry: an empty cell"
	like "$cells" "F6 date:2026-04-01:yyyy-mm-dd" "the sale date as a date with a date format"
	like "$cells" "G6 '杭州市第一人民医院'" "the buyer (去向)"
	like "$cells" "H6 'SN SN100'" "the serial number in the remarks column"
	like "$cells" "A7 'Total'" "a total under the block"
	like "$cells" "C7 1" "of 1"
	like "$cells" "A9 'Product name: 一次性使用无菌注射器'" "second block after a blank line"
	like "$cells" "E9 'Manufacturer: 康德莱'" "with its manufacturer"
	like "$cells" "A11 1" "line 1 of the syringes"
	like "$cells" "C11 5" "is the earliest sale: 5 on 2026-02-01"
	like "$cells" "E11 date:2028-01-31:yyyy-mm-dd" "its expiry as a date"
	like "$cells" "F11 date:2026-02-01:yyyy-mm-dd" "its sale date"
	like "$cells" "G11 'ABC_Clinic诊所'" "its buyer"
	like "$cells" "H11 '急用'" "its remark"
	like "$cells" "A12 2" "line 2"
	like "$cells" "C12 10" "10 on 2026-03-05"
	like "$cells" "F12 date:2026-03-05:yyyy-mm-dd" "dated 2026-03-05"
	like "$cells" "A13 'Total'" "the block's total"
	# 5 + 10: the 2025 sale is outside the period, the voided one left out
	like "$cells" "C13 15" "is 15"
	like "$cells" "A14 None" "nothing after the last block"
	like "$cells" "A15 None" "and no stray rows"
	like "$cells" "paper 9" "A4 paper"
	like "$cells" "fit 1 0 True" "fit to one page wide, as many tall as needed"
	like "$cells" 'titles $1:$2' "title rows repeat on every page"
	like "$cells" "footer Page &P of &N" "page numbers in the footer"
	like "$cells" "header 康宁医疗器械有限公司 | Product sales record" "company and title in the header"
	like "$cells" "width G True" "the buyer column fits its Chinese names (two per character)"
fi

g report sales-ledger --from 2026-01-01 --until 2026-06-30 -o "$book"
exit_is 1 "an existing file is not replaced"
like "$err" "--force" "the message says how to replace it"
g report sales-ledger --from 2026-01-01 --until 2026-06-30 -o "$book" --force
exit_is 0 "--force replaces it"
check "no part file is left behind" test ! -e "$book.part"

g report sales-ledger --from 2026-07-01 --until 2026-01-01 -o "$tmp/x.xlsx"
exit_is 2 "a period ending before it starts is a usage error"
g report sales-ledger -o "$tmp/x.xlsx"
exit_is 2 "a period is required"
g report no-such -o "$tmp/x.xlsx"
exit_is 2 "an unknown report is a usage error"

g_newpw "clerk-pass-1" user add clerk1 --role clerk
g_as clerk1 clerk-pass-1 report sales-ledger --year 2026 -o "$tmp/clerk.xlsx"
exit_is 3 "a clerk may not run reports"
check "and nothing is written" test ! -e "$tmp/clerk.xlsx"

opens_in_libreoffice "$book" "一次性使用无菌注射器"

done_testing
