# The printed sales ledger (产品销售记录): a block per product as on the
# paper form, voided and out-of-period lines left out, numbers as numbers,
# dates as dates, A4 printing set up; read back with openpyxl and opened by
# LibreOffice where it is installed. Expected cells worked out by hand from
# the five sales below. Every fact is the one of the day of sale: the
# product and buyer edited afterwards leave the ledger as it was.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/cli/lib.sh"

init_db
add_fixtures
g add sales product=P1 qty=10 batch=B1 expiry=2028-01-31 sale_date=2026-03-05 customer=C1 unit_price=2.50
g add sales product=P1 qty=5 batch=B1 expiry=2028-01-31 sale_date=2026-02-01 customer=C2 remarks=急用
g add sales product=P2 qty=1 batch=L7 serial=SN100 sale_date=2026-04-01 customer=C1
g add sales product=P1 qty=7 batch=B2 sale_date=2025-12-31 customer=C1
g add sales product=P1 qty=3 batch=B3 sale_date=2026-05-05 customer=C1
is "$out" "5" "five sales entered"
g void sales 5 --reason "entered twice"
exit_is 0 "the fifth is voided"
g edit products 1 manufacturer=新康德莱 name=注射器（新名） unit=盒 --reason 厂家更名
exit_is 0 "the syringe's maker and name change after the sales"
g edit customers 2 name=新诊所 --reason 更名
exit_is 0 "and a buyer's name"

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
for c in ["A1", "A2", "A4", "E4", "A5", "C5", "D5", "F5", "G5", "L5",
          "A6", "B6", "D6", "E6", "F6", "G6", "H6", "I6", "J6", "K6", "L6", "A7", "E7", "G7",
          "A9", "E9", "A11", "B11", "D11", "E11", "F11", "G11", "H11", "I11", "J11", "K11", "L11",
          "A12", "E12", "F12", "G12", "J12", "A13", "E13", "G13", "A14", "A15"]:
    print(c, v(c))
print("sheet", ws.title)
print("paper", ws.page_setup.paperSize, ws.page_setup.orientation)
# an absent fitToWidth means 1 in OOXML (ECMA-376 CT_PageSetup default)
fw = ws.page_setup.fitToWidth
print("fit", 1 if fw is None else fw, ws.page_setup.fitToHeight, ws.sheet_properties.pageSetUpPr.fitToPage)
print("titles", ws.print_title_rows)
print("footer", ws.oddFooter.right.text)
print("header", ws.oddHeader.left.text, "|", ws.oddHeader.right.text)
print("width K", ws.column_dimensions["K"].width >= 2 + 2 * 8)
PYEOF
	cells=$(cat "$tmp/cells")
	like "$cells" "A1 'Product sales record'" "the title"
	like "$cells" "A2 'Sale dates: 2026-01-01 – 2026-06-30'" "the period under it"
	# products by name: "Pacemaker…" (P) sorts before "一次…" (U+4E00)
	like "$cells" "A4 'Product name: Pacemaker起搏器X1'" "first block: the pacemaker"
	like "$cells" "E4 'Manufacturer: 美敦力'" "with its manufacturer"
	like "$cells" "A5 'No.'" "the paper's column titles"
	like "$cells" "C5 'Registration/filing no.'" "the registration certificate (注册证号)"
	like "$cells" "D5 'Unit'" "the unit (单位)"
	like "$cells" "F5 'Unit price'" "the unit price (单价)"
	like "$cells" "G5 'Amount'" "the amount (金额)"
	like "$cells" "L5 'Remarks'" "ending with remarks"
	like "$cells" "A6 1" "line 1"
	like "$cells" "B6 'SR'" "spec from the product"
	like "$cells" "D6 '台'" "the pacemaker's unit"
	like "$cells" "E6 1" "quantity as a number"
	like "$cells" "F6 None" "no price: an empty cell"
	like "$cells" "G6 None" "no amount"
	like "$cells" "H6 'L7'" "batch"
	like "$cells" "I6 None" "no expiry: an empty cell"
	like "$cells" "J6 date:2026-04-01:yyyy-mm-dd" "the sale date as a date with a date format"
	like "$cells" "K6 '杭州市第一人民医院'" "the buyer (去向)"
	like "$cells" "L6 'SN SN100'" "the serial number in the remarks column"
	like "$cells" "A7 'Total'" "a total under the block"
	like "$cells" "E7 1" "of 1"
	like "$cells" "G7 None" "no amount to total"
	like "$cells" "A9 'Product name: 一次性使用无菌注射器'" "second block after a blank line, under the name of the day of sale"
	like "$cells" "E9 'Manufacturer: 康德莱'" "and its maker then, not 新康德莱"
	like "$cells" "A11 1" "line 1 of the syringes"
	like "$cells" "B11 '5ml'" "its spec"
	like "$cells" "D11 '支'" "its unit then, not 盒"
	like "$cells" "E11 5" "is the earliest sale: 5 on 2026-02-01"
	like "$cells" "F11 None" "without a price"
	like "$cells" "G11 None" "nor an amount"
	like "$cells" "H11 'B1'" "batch B1"
	like "$cells" "I11 date:2028-01-31:yyyy-mm-dd" "its expiry as a date"
	like "$cells" "J11 date:2026-02-01:yyyy-mm-dd" "its sale date"
	like "$cells" "K11 'ABC_Clinic诊所'" "its buyer by the name of the day, not 新诊所"
	like "$cells" "L11 '急用'" "its remark"
	like "$cells" "A12 2" "line 2"
	like "$cells" "E12 10" "10 on 2026-03-05"
	like "$cells" "F12 2.5" "at 2.50 each"
	like "$cells" "G12 25" "10 × 2.50 = 25.00"
	like "$cells" "J12 date:2026-03-05:yyyy-mm-dd" "dated 2026-03-05"
	like "$cells" "A13 'Total'" "the block's total"
	# 5 + 10: the 2025 sale is outside the period, the voided one left out
	like "$cells" "E13 15" "is 15"
	like "$cells" "G13 25" "and 25.00 in money"
	like "$cells" "A14 None" "nothing after the last block"
	like "$cells" "A15 None" "and no stray rows"
	like "$cells" "paper 9" "A4 paper"
	like "$cells" "fit 1 0 True" "fit to one page wide, as many tall as needed"
	like "$cells" 'titles $1:$2' "title rows repeat on every page"
	like "$cells" "footer Page &P of &N" "page numbers in the footer, on the right"
	like "$cells" "header 康宁医疗器械有限公司 | Product sales record" "company and title in the header"
	like "$cells" "width K True" "the buyer column fits its Chinese names (two per character)"
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
