# The receiving record and the qualifications report from the Reports
# menu, at 80x24, in English and in Chinese: the receiving record asks for
# its period like the sales ledger, the qualifications report for the day
# it is of (today offered), and each workbook is written where it says.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/ui/lib.sh"

init_db
g add suppliers code=S1 name=供货甲 licence_no=L1 licence_expiry=2027-01-10 class_ii=yes \
	approved_on=2026-01-02 approved_by=李
g add products code=P1 name=注射器 class=II approved_on=2026-01-05 approved_by=王
g add receipts date=2026-10-01 supplier=S1 invoice_no=F1
g add receipt_lines receipt=1 product=P1 qty=10 batch=B1 inspector=张
is "$rc" 0 "a receipt to print"

UI_COLS=80 UI_ROWS=24 ui_start
log_in "$ADMIN_PASSWORD"
keys r
on_screen "Receiving inspection record" "the receiving record is listed at 80x24"
on_screen "Qualifications and licences" "and the qualifications report"
# the eighth report of the registry: after the sales ledger and six yearly ones
keys Down Down Down Down Down Down Down Enter
on_screen "From date:" "the receiving record asks from when"
keys Enter
on_screen "Until date:" "and until when"
keys Enter
on_screen "Write to file:" "and where to write"
like "$(screen)" "receiving-2026-01-01-2026-11-27.xlsx" "offering a name with its period"
keys C-u
keys_text "$tmp/r.xlsx"
keys Enter
on_screen "Wrote $tmp/r.xlsx." "it says where the workbook went"
keys r
on_screen "Qualifications and licences" "again"
keys Down Down Down Down Down Down Down Down Enter
on_screen "As of date: 2026-11-27" "the qualifications report asks the day, today offered"
keys C-u
keys_text 2026-12-28
keys Enter
on_screen "Write to file:" "then where to write"
like "$(screen)" "qualifications-2026-12-28.xlsx" "offering a name with the day"
keys C-u
keys_text "$tmp/q.xlsx"
keys Enter
on_screen "Wrote $tmp/q.xlsx." "it says where that went"
if have_openpyxl; then
	xlsx_cells "$tmp/r.xlsx"
	like "$cells" "Receiving record J4 'Invoice/delivery note no.: F1';" "the receiving record holds the delivery"
	like "$cells" "Receiving record F6 10;" "and its 10 units"
	xlsx_cells "$tmp/q.xlsx"
	# 2027-01-10 is 13 days after 2026-12-28
	like "$cells" "Suppliers E5 13;" "the qualifications as of the day given"
else
	skip "the workbooks read back" "no python3-openpyxl"
fi
keys F10 y
ui_exited

if [ "$HAVE_ZH" = yes ]; then
	ui_open 80x24 "$ADMIN_PASSWORD"
	keys r
	on_screen "进货查验记录" "in Chinese: 进货查验记录"
	on_screen "资质证照效期表" "and 资质证照效期表"
	keys Down Down Down Down Down Down Down Down Enter
	on_screen "截至日期：" "截至日期"
	like "$(screen | grep 截至日期)" "2026-11-27" "today offered"
	keys Enter
	on_screen "写入文件：" "where to write"
	keys C-u
	keys_text "$tmp/zh.xlsx"
	keys Enter
	on_screen "已写入 $tmp/zh.xlsx。" "written"
	keys F10 y
	ui_exited
else
	skip "the Chinese screens" "no Chinese catalogue"
fi

done_testing
