# gspdesk print KIND ID: one record as its paper document (打印单据), here
# the 客户投诉记录表 and the 不良事件报告: every field with its label in the
# form's order, then the sign-off lines; read back cell by cell against
# the values entered below, in English and Chinese, and printed through
# LibreOffice to one A4 page with nothing cut off and nothing below 9 points.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/cli/lib.sh"

init_db
add_fixtures
g add complaints 'received_at=2026-01-01 08:30' customer=C1 contact=张主任 product=P2 batch=B9 \
	serial=SN002 content=随货资料缺少合格证 received_by=王芳 'reported_at=2026-01-02 09:00' \
	cause=仓库漏放合格证 action=补寄合格证 handled_by=李静 reply_date=2026-01-09 \
	status=closed closed_date=2026-01-12
exit_is 0 "a complaint entered"

g print complaint 1 -o "$tmp/c1.xlsx"
exit_is 0 "the complaint printed"
like "$err" "Wrote $tmp/c1.xlsx." "says where"
g print complaint 1 -o "$tmp/c1.xlsx"
exit_is 1 "an existing file is not replaced"
g print complaint 99 -o "$tmp/c99.xlsx"
exit_is 1 "no such complaint"
g print letter 1 -o "$tmp/x.xlsx"
exit_is 2 "no such document"
g print complaint one -o "$tmp/x.xlsx"
exit_is 2 "the number is a number"
g print complaint 1
exit_is 2 "the file is named"
# a paper issued is taken for a live record: a voided one is not printed
g add complaints 'received_at=2026-01-03 08:30' customer=C1 product=P2 content=录重 received_by=王芳
g void complaints "$out" --reason 重复录入
refused 1 "Record 2 of Customer complaint log is void (重复录入): a voided record is not printed." \
	"a voided complaint" print complaint 2 -o "$tmp/void.xlsx"
check "... and no file" test ! -e "$tmp/void.xlsx"

if ! have_openpyxl; then
	skip "read back with openpyxl" "no python3-openpyxl"
else
	xlsx_cells "$tmp/c1.xlsx"
	S="Customer complaint record"
	like "$cells" "$S A1 'Customer complaint record';" "the paper's title"
	like "$cells" "$S A2 'No. 1';" "its number"
	like "$cells" "$S A4 'Received at';" "the first field's label"
	like "$cells" "$S B4 '2026-01-01 08:30';" "received, with the hour"
	like "$cells" "$S A5 'Customer';" "the customer"
	like "$cells" "$S B5 '杭州市第一人民医院';" "by name"
	like "$cells" "$S B6 '张主任';" "the contact"
	like "$cells" "$S B7 'Pacemaker起搏器X1';" "the product by name"
	like "$cells" "$S B8 'B9';" "the batch"
	like "$cells" "$S B9 'SN002';" "the serial"
	like "$cells" "$S B10 '随货资料缺少合格证';" "what was complained of"
	like "$cells" "$S B11 '王芳';" "received by"
	like "$cells" "$S B12 '2026-01-02 09:00';" "reported to quality"
	like "$cells" "$S B13 '仓库漏放合格证';" "the cause"
	like "$cells" "$S B14 '补寄合格证';" "the action"
	like "$cells" "$S B15 '李静';" "handled by"
	like "$cells" "$S B16 '2026-01-09';" "the written reply"
	like "$cells" "$S B17 None;" "no customer's view given"
	like "$cells" "$S A18 'Status';" "the status"
	like "$cells" "$S B18 'closed';" "in words"
	like "$cells" "$S B19 '2026-01-12';" "closed on"
	like "$cells" "$S A20 'Adverse event';" "the last field"
	like "$cells" "$S A21 None;" "a blank line"
	like "$cells" "$S A22 'Sign-off';" "then the sign-off"
	like "$cells" "$S B22 'Name';" "a name"
	like "$cells" "$S C22 'Signature';" "a signature"
	like "$cells" "$S D22 'Date';" "and a date"
	like "$cells" "$S A23 'Received by';" "who received it"
	like "$cells" "$S B23 None;" "signs here"
	like "$cells" "$S A24 'Handled by';" "who handled it"
	like "$cells" "$S A25 'Quality manager';" "the quality manager"
	like "$cells" "$S A26 None;" "nothing after"
	like "$cells" "$S paper 9" "A4"
	if [ "$HAVE_ZH" = yes ]; then
		GSPDESK_LANG=zh_CN g print complaint 1 -o "$tmp/c1.zh.xlsx"
		exit_is 0 "in Chinese"
		xlsx_cells "$tmp/c1.zh.xlsx"
		like "$cells" "客户投诉记录表 A1 '客户投诉记录表';" "客户投诉记录表"
		like "$cells" "客户投诉记录表 A2 '编号：1';" "编号"
		like "$cells" "客户投诉记录表 A23 '接收人';" "接收人 signs"
		like "$cells" "客户投诉记录表 A24 '处理人';" "处理人 signs"
	fi
fi

g add events 'learned_at=2026-03-01 10:00' product=P2 batch=B9 customer=C1 severity=death \
	patient_effect=患者死亡 use_description=按说明书使用 'stop_use_notice_at=2026-03-01 11:00' \
	stop_use_notified=设备科
exit_is 0 "an adverse event entered"
g print event "$out" -o "$tmp/e1.xlsx"
exit_is 0 "the event printed"
if have_openpyxl; then
	xlsx_cells "$tmp/e1.xlsx"
	like "$cells" "Adverse event report A1 'Adverse event report';" "不良事件报告"
	like "$cells" "Adverse event report B4 '2026-03-01 10:00';" "learned of, with the hour"
fi

books="$tmp/c1.xlsx $tmp/e1.xlsx"
[ -f "$tmp/c1.zh.xlsx" ] && books="$books $tmp/c1.zh.xlsx"
# shellcheck disable=SC2086 # paths without spaces
prints_on_one_page $books

done_testing
