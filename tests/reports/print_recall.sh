# gspdesk print recall-notice ID: the 召回通知 to one recipient of a recall
# (ID: the recipient's line, as `gspdesk recall show` lists it) — what is
# recalled and why, the units of the recalled batch sold to that customer
# and to no other, what to do, a reply slip and the sign-off. Read back
# cell by cell against the sales entered below, and printed through
# LibreOffice to one A4 page.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/cli/lib.sh"

init_db
add_fixtures
# batch B1 went to C1 twice and to C2 once; B2 to C1 is not recalled
for line in \
	"product=P2 qty=2 batch=B1 expiry=2030-01-31 sale_date=2026-01-10 customer=C1" \
	"product=P2 qty=3 batch=B1 expiry=2030-01-31 sale_date=2026-01-15 customer=C2" \
	"product=P2 qty=1 batch=B1 expiry=2030-01-31 sale_date=2026-02-03 customer=C1" \
	"product=P2 qty=4 batch=B2 expiry=2030-06-30 sale_date=2026-02-04 customer=C1"; do
	# shellcheck disable=SC2086 # the words split on purpose
	g add sales $line
	exit_is 0 "sold: $line"
done
g recall open --product P2 --batch B1 --class II --reason 外包装破损
exit_is 0 "the recall opened"
g recall show 1
like "$out" "杭州市第一人民医院" "C1 is a recipient"

g print recall-notice 1 -o "$tmp/r1.xlsx"
exit_is 0 "the notice to the first recipient printed"
like "$err" "Wrote $tmp/r1.xlsx." "says where"
g print recall-notice 1 -o "$tmp/r1.xlsx"
exit_is 1 "an existing file is not replaced"
g print recall-notice 2 -o "$tmp/r2.xlsx"
exit_is 0 "the notice to the second"
g print recall-notice 9 -o "$tmp/r9.xlsx"
exit_is 1 "no such recipient"

if ! have_openpyxl; then
	skip "read back with openpyxl" "no python3-openpyxl"
else
	xlsx_cells "$tmp/r1.xlsx"
	S="Recall notice"
	like "$cells" "$S A1 'Recall notice';" "the paper's title"
	like "$cells" "$S A2 'No. 1';" "the recipient's number"
	like "$cells" "$S A4 'To';" "to"
	like "$cells" "$S B4 '杭州市第一人民医院';" "C1 by name"
	like "$cells" "$S A5 'Product';" "what"
	like "$cells" "$S B5 'Pacemaker起搏器X1';" "the product by name"
	like "$cells" "$S A6 'Batch no.';" "the batch"
	like "$cells" "$S B6 'B1';" "B1"
	like "$cells" "$S A7 'Serial no.';" "the serial"
	like "$cells" "$S B7 None;" "none"
	like "$cells" "$S B8 'Class II recall';" "the class in words"
	like "$cells" "$S A9 'Reason';" "why"
	like "$cells" "$S B9 '外包装破损';" "as entered"
	like "$cells" "$S A10 'Opened';" "when"
	like "$cells" "$S B10 '20" "a time"
	like "$cells" "$S A12 'Units we sold you';" "their lines"
	like "$cells" "$S A13 'Sale date';" "headed"
	like "$cells" "$S D13 'Quantity';" "to the quantity"
	like "$cells" "$S A14 date:2026-01-10:yyyy-mm-dd;" "the first sale to C1"
	like "$cells" "$S B14 'B1';" "of B1"
	like "$cells" "$S D14 2;" "two"
	like "$cells" "$S A15 date:2026-02-03:yyyy-mm-dd;" "the second (C2's of 01-15 is not here)"
	like "$cells" "$S D15 1;" "one"
	like "$cells" "$S A16 None;" "and no B2 line"
	like "$cells" "$S A17 'Stop using and selling these units at once" "what to do"
	like "$cells" "$S A19 'Reply slip';" "the reply slip"
	like "$cells" "$S A20 'Units still held';" "held"
	like "$cells" "$S B20 None;" "to fill in"
	like "$cells" "$S A21 'Units used';" "used"
	like "$cells" "$S A22 'Units returned';" "returned"
	like "$cells" "$S A23 'Remarks';" "remarks"
	like "$cells" "$S A25 'Sign-off';" "the sign-off"
	like "$cells" "$S A26 'Recipient';" "the recipient signs"
	like "$cells" "$S A27 'Quality manager';" "and our quality manager"
	like "$cells" "$S A28 None;" "nothing after"
	like "$cells" "$S paper 9" "A4"
	xlsx_cells "$tmp/r2.xlsx"
	like "$cells" "$S B4 'ABC_Clinic诊所';" "the second notice to C2"
	like "$cells" "$S A14 date:2026-01-15:yyyy-mm-dd;" "its one sale"
	like "$cells" "$S D14 3;" "of three"
	like "$cells" "$S A15 None;" "and only that"
	if [ "$HAVE_ZH" = yes ]; then
		GSPDESK_LANG=zh_CN g print recall-notice 1 -o "$tmp/r1.zh.xlsx"
		exit_is 0 "in Chinese"
		xlsx_cells "$tmp/r1.zh.xlsx"
		like "$cells" "召回通知 A1 '召回通知';" "召回通知"
		like "$cells" "召回通知 A4 '致';" "致"
		like "$cells" "召回通知 B8 '二级召回';" "二级召回"
		like "$cells" "召回通知 A19 '回执';" "回执"
		like "$cells" "召回通知 A26 '收件单位';" "收件单位 signs"
	fi
fi

books="$tmp/r1.xlsx"
[ -f "$tmp/r1.zh.xlsx" ] && books="$books $tmp/r1.zh.xlsx"
# shellcheck disable=SC2086 # paths without spaces
prints_on_one_page $books

done_testing
