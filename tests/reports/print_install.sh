# gspdesk print install ID: the 安装验收单 of an installation service
# ticket — the instrument and where it went, the checklist one item a line
# with a box for each side (双方逐项确认), what was handed over, and both
# sides' signatures. Read back cell by cell against the ticket entered
# below, and printed through LibreOffice to one A4 page.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/cli/lib.sh"

init_db
add_fixtures
g add sales product=P1 qty=1 serial=SN1 sale_date=2025-01-10 customer=C1 expiry=2030-01-31
exit_is 0 "the unit sold"
nl='
'
g add service kind=install customer=C1 product=P1 serial=SN1 "notified_at=2025-03-01 09:00" \
	"onsite_at=2025-03-02 10:00" "resolved_at=2025-03-15 16:00" engineer=张工 description=安装调试 \
	accepted_on=2025-03-15 "checklist=外观检查${nl}开机自检${nl}${nl}报警测试" \
	handed_over=说明书一份、工具包一套 customer_signatory=设备科王主任
exit_is 0 "an installation ticket, its checklist three lines and a blank one"
g add service kind=repair customer=C1 product=P1 serial=SN1 "notified_at=2025-06-01 09:00" \
	description=不开机
exit_is 0 "a repair ticket"

g print install 1 -o "$tmp/i.xlsx"
exit_is 0 "the acceptance printed"
like "$err" "Wrote $tmp/i.xlsx." "says where"
g print install 1 -o "$tmp/i.xlsx"
exit_is 1 "an existing file is not replaced"
g print install 2 -o "$tmp/i2.xlsx"
exit_is 1 "a repair is not an installation"
like "$err" "Service ticket 2 is not an installation." "says so"
is "$(test -e "$tmp/i2.xlsx" && echo written)" "" "and writes nothing"

if ! have_openpyxl; then
	skip "read back with openpyxl" "no python3-openpyxl"
else
	xlsx_cells "$tmp/i.xlsx"
	S="Installation acceptance form"
	like "$cells" "$S A1 'Installation acceptance form';" "the paper's title"
	like "$cells" "$S A2 'No. 1';" "the ticket's number"
	like "$cells" "$S A4 'User unit';" "the user unit"
	like "$cells" "$S B4 '杭州市第一人民医院';" "by name"
	like "$cells" "$S B5 '一次性使用无菌注射器';" "the product by name"
	like "$cells" "$S A6 'Spec/model';" "its spec"
	like "$cells" "$S B6 '5ml';" "from the product"
	like "$cells" "$S A7 'Manufacturer';" "its maker"
	like "$cells" "$S B7 '康德莱';" "from the product"
	like "$cells" "$S B8 'SN1';" "the serial"
	like "$cells" "$S B9 '2025-03-01 09:00';" "notified"
	like "$cells" "$S B10 '2025-03-02 10:00';" "on site"
	like "$cells" "$S B11 '2025-03-15 16:00';" "done"
	like "$cells" "$S B12 '张工';" "the engineer"
	like "$cells" "$S B13 '安装调试';" "the request"
	like "$cells" "$S A14 'Final acceptance date';" "accepted"
	like "$cells" "$S B14 '2025-03-15';" "on the 15th"
	like "$cells" "$S A16 'No.';" "the checklist"
	like "$cells" "$S B16 'Checklist item';" "its items"
	like "$cells" "$S C16 'Our check';" "our box"
	like "$cells" "$S D16 \"Customer's check\";" "the customer's box"
	like "$cells" "$S A17 1;" "item 1"
	like "$cells" "$S B17 '外观检查';" "外观检查"
	like "$cells" "$S C17 None;" "to tick"
	like "$cells" "$S D17 None;" "both"
	like "$cells" "$S A18 2;" "item 2"
	like "$cells" "$S B18 '开机自检';" "开机自检"
	like "$cells" "$S A19 3;" "item 3, the blank line skipped"
	like "$cells" "$S B19 '报警测试';" "报警测试"
	like "$cells" "$S A20 None;" "three items"
	like "$cells" "$S A21 'Handed over';" "handed over"
	like "$cells" "$S B21 '说明书一份、工具包一套';" "as entered"
	like "$cells" "$S A22 'Signed for the customer by';" "who signed for the customer"
	like "$cells" "$S B22 '设备科王主任';" "as entered"
	like "$cells" "$S A24 'Sign-off';" "the sign-off"
	like "$cells" "$S A25 'Installing engineer';" "our engineer"
	like "$cells" "$S A26 'Signed for the customer';" "the customer"
	like "$cells" "$S A27 None;" "nothing after"
	like "$cells" "$S paper 9" "A4"
	if [ "$HAVE_ZH" = yes ]; then
		GSPDESK_LANG=zh_CN g print install 1 -o "$tmp/i.zh.xlsx"
		exit_is 0 "in Chinese"
		xlsx_cells "$tmp/i.zh.xlsx"
		like "$cells" "安装验收单 A1 '安装验收单';" "安装验收单"
		like "$cells" "安装验收单 B16 '验收项目';" "验收项目"
		like "$cells" "安装验收单 C16 '我方确认';" "我方确认"
		like "$cells" "安装验收单 D16 '用户确认';" "用户确认"
		like "$cells" "安装验收单 A25 '安装工程师';" "安装工程师"
		like "$cells" "安装验收单 A26 '用户单位代表';" "用户单位代表"
	fi
fi

books="$tmp/i.xlsx"
[ -f "$tmp/i.zh.xlsx" ] && books="$books $tmp/i.zh.xlsx"
# shellcheck disable=SC2086 # paths without spaces
prints_on_one_page $books

done_testing
