# The printed receiving inspection record (进货查验记录): a block per
# delivery as on the paper form, voided receipts and lines and other
# periods left out, the product's name and registration number as frozen
# on the day received, numbers as numbers, dates as dates, a summary of
# the period, A4 landscape printing with the audit chain head in the
# footer; read back with openpyxl, every cell worked out by hand from the
# receipts below. GSPDESK_NOW is 2026-11-27.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/cli/lib.sh"

init_db
must add products code=P1 name=注射器 manufacturer=康德莱 spec=5ml class=II reg_no=浙械注准1 \
	approved_on=2026-01-05 approved_by=王
must add products code=P2 name=监护仪 manufacturer=迈瑞 spec=M1 class=III reg_no=国械注准2 \
	approved_on=2026-01-05 approved_by=王
must add suppliers code=S1 name=供货甲 licence_expiry=2027-12-31 class_ii=yes \
	approved_on=2026-01-02 approved_by=李
must add suppliers code=S2 name=供货乙 licence_expiry=2027-12-31 class_ii=yes class_iii=yes \
	approved_on=2026-01-02 approved_by=李
# receipt 1, 2026-10-01 from 供货甲: 10 accepted, 3 rejected
must add receipts date=2026-10-01 supplier=S1 invoice_no=F1
must add receipt_lines receipt=1 product=P1 qty=10 batch=B1 made=2026-09-01 expiry=2028-01-31 \
	inspector=张
must add receipt_lines receipt=1 product=P1 qty=3 batch=B1 storage_ok=no conclusion=rejected \
	reject_reason=外包装破损 inspector=张
# receipt 2, 2026-10-05 from 供货乙: a monitor by serial, 5 syringes, a voided line
must add receipts date=2026-10-05 supplier=S2
must add receipt_lines receipt=2 product=P2 qty=1 serial=SN1 inspector=李
must add receipt_lines receipt=2 product=P1 qty=5 batch=B2 expiry=2027-03-31
must add receipt_lines receipt=2 product=P1 qty=9 batch=B9
must void receipt_lines 5 --reason 录错
# receipt 3, the opening balance on 2026-01-01
must add receipts date=2026-01-01 kind=opening
must add receipt_lines receipt=3 product=P1 qty=4 batch=B0 expiry=2026-12-31
# receipt 4 after the period; receipt 5 voided
must add receipts date=2026-11-10 supplier=S1
must add receipt_lines receipt=4 product=P1 qty=2 batch=B4
must add receipts date=2026-10-20 supplier=S1
must add receipt_lines receipt=5 product=P1 qty=8 batch=B5
must void receipts 5 --reason 重复
# renamed, re-registered, made elsewhere since, and the supplier renamed:
# the record keeps the day's facts (a receipt made after this keeps the
# new ones: the long delivery below)
must edit products 1 name=注射器新 reg_no=浙械注准9 manufacturer=康德莱二厂 --reason 换证
must edit suppliers 1 name=供货甲新 --reason 更名

book=$tmp/receiving.xlsx
g report receiving --from 2026-01-01 --until 2026-10-31 -o "$book"
exit_is 0 "the report is written"
check "the workbook exists" test -s "$book"

if ! have_openpyxl; then
	skip "read back with openpyxl" "no python3-openpyxl"
else
	xlsx_cells "$book"
	S="Receiving record"
	want() { like "$cells" "$S $1 $2;" "$3"; }
	like "$cells" "sheets Receiving record;" "one sheet"
	want A1 "'Receiving inspection record'" "the title"
	want A2 "'Dates received: 2026-01-01 – 2026-10-31'" "the period under it"
	# block 1: the opening balance, the earliest
	want A4 "'Date received: 2026-01-01'" "first block: the opening balance's day"
	want E4 "'Supplier: opening balance'" "received from no supplier"
	want J4 None "no invoice"
	want A5 "'No.'" "the paper's column titles: 序号"
	want B5 "'Product name'" "产品名称"
	want C5 "'Spec/model'" "规格型号"
	want D5 "'Reg./filing no.'" "注册证号"
	want E5 "'Manufacturer'" "生产企业"
	want F5 "'Quantity'" "数量"
	want G5 "'Batch/serial no.'" "批号/序列号: one column, for twelve to fit across the page"
	want H5 "'Production date'" "生产日期"
	want I5 "'Expiry date'" "有效期限"
	want J5 "'Storage check'" "储存条件"
	want K5 "'Conclusion'" "验收结论"
	want L5 "'Inspector'" "验收人"
	want M5 None "twelve columns"
	want A6 1 "序号 1"
	want B6 "'注射器'" "the name of the day received, not 注射器新"
	want C6 "'5ml'" "spec from the product"
	want D6 "'浙械注准1'" "the certificate of the day, not 浙械注准9"
	want E6 "'康德莱'" "the manufacturer"
	want F6 4 "quantity as a number"
	want G6 "'B0'" "batch"
	want H6 None "no production date: an empty cell"
	want I6 "date:2026-12-31:yyyy-mm-dd" "expiry as a date"
	want J6 "'OK'" "storage as required (the default)"
	want K6 "'accepted'" "accepted (the default)"
	want A7 "'Total'" "the block's total"
	want F7 4 "of 4"
	want K7 "'accepted 4, rejected 0'" "accepted and rejected"
	want A8 None "a blank line between deliveries"
	# block 2: receipt 1
	want A9 "'Date received: 2026-10-01'" "second block: 2026-10-01"
	want E9 "'Supplier: 供货甲'" "from 供货甲"
	want J9 "'Invoice/delivery note no.: F1'" "with its invoice"
	want A10 "'No.'" "its column titles"
	want A11 1 "序号 starts again at 1"
	want F11 10 "10 received"
	want G11 "'B1'" "batch B1"
	want G12 "'B1'" "the rejected 3 of the same batch"
	want H11 "date:2026-09-01:yyyy-mm-dd" "made on 2026-09-01"
	want I11 "date:2028-01-31:yyyy-mm-dd" "expires 2028-01-31"
	want K11 "'accepted'" "accepted"
	want L11 "'张'" "inspected by 张"
	want A12 2 "序号 2"
	want F12 3 "3 more"
	want J12 "'not OK'" "not stored as required"
	want K12 "'rejected: 外包装破损'" "rejected with the reason"
	want A13 "'Total'" "the total"
	want F13 13 "10 + 3 = 13 checked"
	want K13 "'accepted 10, rejected 3'" "10 accepted, 3 rejected"
	# block 3: receipt 2, without its voided line
	want A15 "'Date received: 2026-10-05'" "third block: 2026-10-05"
	want E15 "'Supplier: 供货乙'" "from 供货乙"
	want J15 None "no invoice given"
	want A17 1 "line 1"
	want B17 "'监护仪'" "the monitor"
	want E17 "'迈瑞'" "its maker"
	want G17 "'SN SN1'" "no batch: its serial number"
	want L17 "'李'" "inspected by 李"
	want A18 2 "line 2"
	want F18 5 "5 of B2"
	want A19 "'Total'" "the total: the voided line of 9 left out"
	want F19 6 "1 + 5 = 6"
	want K19 "'accepted 6, rejected 0'" "all accepted"
	want A20 None "a blank line"
	# 4 + 10 + 1 + 5 accepted, 3 rejected, in receipts 3, 1, 2: 5 lines
	want A21 "'Period 2026-01-01 – 2026-10-31: receipts 3, lines 5, units accepted 20, units rejected 3.'" \
		"the period's summary"
	want A22 None "nothing after it: receipt 4 is after the period, receipt 5 voided"
	like "$cells" "$S paper 9 titles \$1:\$2 " "A4, title rows on every page"
	like "$cells" "$S orientation landscape;" "landscape"
	"$PY" -c 'import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]
fw = ws.page_setup.fitToWidth
print("fit", 1 if fw is None else fw, ws.page_setup.fitToHeight, ws.sheet_properties.pageSetUpPr.fitToPage)
print("scale", ws.page_setup.scale)
print("footer", ws.oddFooter.left.text, "|", ws.oddFooter.right.text)' "$book" >"$tmp/setup"
	setup=$(cat "$tmp/setup")
	g check --head
	head=$out
	like "$setup" "fit 1 0 True" "fitted to one page wide"
	like "$setup" "footer Audit chain head $head | Page &P of &N" "the audit chain head in the footer"
fi

# a delivery of 40 lines runs over a page: the block goes on under its
# head again, "(continued)", with its column titles, numbering on
must add receipts date=2026-11-02 supplier=S1 invoice_no=F40
i=1
while [ $i -le 40 ]; do
	must add receipt_lines receipt=6 product=P1 qty=1 batch=L$i
	i=$((i + 1))
done
g report receiving --from 2026-11-02 --until 2026-11-02 -o "$tmp/long.xlsx"
exit_is 0 "a long delivery is written"
if have_openpyxl; then
	"$PY" - "$tmp/long.xlsx" >"$tmp/long" <<'PYEOF'
import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]
breaks = [b.id for b in ws.row_breaks.brk]
heads = [r for r in range(1, ws.max_row + 1)
         if str(ws.cell(r, 1).value).startswith("Date received")]
print("heads", len(heads))
print("first", ws.cell(heads[0], 1).value)
h = heads[1]
print("again", ws.cell(h, 1).value, "|", ws.cell(h, 5).value, "|", ws.cell(h, 10).value)
# openpyxl's break id is the last row of a page (1-based): the page
# before the continued head ends on the row above it
print("break before it", h - 1 in breaks)
print("titles", ws.cell(h + 1, 1).value)
print("numbering", ws.cell(h - 1, 1).value + 1 == ws.cell(h + 2, 1).value)
last = max(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "Total")
print("last line", ws.cell(last - 1, 1).value, "total", ws.cell(last, 6).value)
PYEOF
	long=$(cat "$tmp/long")
	like "$long" "heads 2" "the block's head twice: on the first page and the next"
	like "$long" "first Date received: 2026-11-02
" "the first without (continued)"
	like "$long" "again Date received: 2026-11-02 (continued) | Supplier: 供货甲新 | Invoice/delivery note no.: F40" \
		"the head again on the new page, (continued)"
	like "$long" "break before it True" "a page break before it"
	like "$long" "titles No." "the column titles under it"
	like "$long" "numbering True" "the numbers go on where they stopped"
	like "$long" "last line 40 total 40" "40 lines, 40 units"
fi

g report receiving --from 2026-11-11 --until 2026-11-27 -o "$tmp/none.xlsx"
exit_is 0 "an empty period is written too"
if have_openpyxl; then
	xlsx_cells "$tmp/none.xlsx"
	like "$cells" "Receiving record A4 'No goods received in this period.';" "and says so"
fi

g_newpw "clerk-pass-1" user add clerk1 --role clerk
g_as clerk1 clerk-pass-1 report receiving --from 2026-01-01 --until 2026-10-31 -o "$tmp/clerk.xlsx"
exit_is 3 "a clerk may not run reports"

if [ "$HAVE_ZH" = yes ] && have_openpyxl; then
	GSPDESK_LANG=zh_CN g report receiving --from 2026-01-01 --until 2026-10-31 -o "$tmp/zh.xlsx"
	exit_is 0 "in Chinese"
	xlsx_cells "$tmp/zh.xlsx"
	like "$cells" "A1 '进货查验记录';" "进货查验记录"
	like "$cells" "A4 '到货日期：2026-01-01';" "到货日期"
	like "$cells" "E4 '供货单位：期初库存';" "the opening balance"
	like "$cells" "K12 '拒收：外包装破损';" "拒收 and why"
	like "$cells" "J12 '不符合';" "storage not as required"
	like "$cells" "K13 '合格 10，拒收 3';" "the block's total"
fi

opens_in_libreoffice "$book" "外包装破损"

done_testing
