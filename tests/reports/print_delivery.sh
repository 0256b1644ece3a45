# gspdesk print delivery ID: the 销售出库单（随货同行单） of the delivery
# sales line ID belongs to — every live line of its customer on its date,
# with the GSP facts frozen on each line the day it was saved (a later
# edit of the product or the customer does not change the paper), the
# total quantity and amount, and 发货人/收货人 sign-off lines. Read back
# cell by cell against the lines entered below, and printed through
# LibreOffice to one A4 page.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/cli/lib.sh"

init_db
add_fixtures
g add products code=P3 name=医用电子体温计 manufacturer=欧姆龙 spec=MC-246 \
	reg_no=苏械注准20152200123 class=II sterile=no implant=no unit=支
exit_is 0 "a product with its registration number"
g add customers code=C3 name=宁波市妇幼保健院 province=浙江省 city=宁波市 \
	address=宁波市柳汀街339号 contact=陈科长 phone=0574-87083333 licence_no=浙甬械经营许20150001
exit_is 0 "a customer with address, contact, phone and licence"

# 1, 2 and 5 are the delivery to C3 on 2026-03-05; 3 went to another
# customer that day, 4 to C3 the next day, 6 is voided
for line in \
	"product=P3 qty=10 unit_price=25.50 batch=B2601 expiry=2029-06-30 sale_date=2026-03-05 customer=C3" \
	"product=P2 qty=1 unit_price=38000 serial=SN7788 expiry=2031-12-31 sale_date=2026-03-05 customer=C3" \
	"product=P1 qty=5 batch=B1 expiry=2028-01-31 sale_date=2026-03-05 customer=C1" \
	"product=P1 qty=7 batch=B1 expiry=2028-01-31 sale_date=2026-03-06 customer=C3" \
	"product=P1 qty=200 unit_price=0.80 batch=K99 expiry=2028-01-31 sale_date=2026-03-05 customer=C3" \
	"product=P1 qty=3 batch=B1 expiry=2028-01-31 sale_date=2026-03-05 customer=C3"; do
	# shellcheck disable=SC2086 # the words split on purpose
	g add sales $line
	exit_is 0 "sold: $line"
done
g void sales 6 --reason "entered twice"
exit_is 0 "line 6 voided"
g edit products 3 name=电子体温计 --reason "renamed"
exit_is 0 "the product renamed after the sale"
g edit customers 3 phone=0574-88888888 --reason "new number"
exit_is 0 "the customer's phone changed after the sale"

g print delivery 2 -o "$tmp/d.xlsx"
exit_is 0 "the delivery printed from its second line"
like "$err" "Wrote $tmp/d.xlsx." "says where"
g print delivery 5 -o "$tmp/d.xlsx"
exit_is 1 "an existing file is not replaced"
g print delivery 5 -o "$tmp/d.xlsx" --force
exit_is 0 "replaced with --force"
g print delivery 6 -o "$tmp/d6.xlsx"
exit_is 1 "a voided line was not delivered"
like "$err" "Record 6 of Product sales record is void (" "says so"
is "$(test -e "$tmp/d6.xlsx" && echo written)" "" "and writes nothing"
g print delivery 99 -o "$tmp/d99.xlsx"
exit_is 1 "no such sales line"

if ! have_openpyxl; then
	skip "read back with openpyxl" "no python3-openpyxl"
else
	xlsx_cells "$tmp/d.xlsx"
	S="Sales delivery note"
	like "$cells" "sheets Sales delivery note;" "one sheet"
	like "$cells" "$S A1 'Sales delivery note';" "the paper's title"
	like "$cells" "$S A2 'No. 1';" "numbered by its first line, whichever line was named"
	like "$cells" "$S A4 'Customer';" "the customer"
	like "$cells" "$S B4 '宁波市妇幼保健院';" "by name"
	like "$cells" "$S E4 'Sale date';" "the date"
	like "$cells" "$S F4 '2026-03-05';" "of the delivery"
	like "$cells" "$S H4 'Licence no.';" "the buyer's licence"
	like "$cells" "$S I4 '浙甬械经营许20150001';" "as entered"
	like "$cells" "$S A5 'Address';" "the address"
	like "$cells" "$S B5 '宁波市柳汀街339号';" "as entered"
	like "$cells" "$S E5 'Contact person';" "the contact"
	like "$cells" "$S F5 '陈科长';" "as entered"
	like "$cells" "$S H5 'Phone';" "the phone"
	like "$cells" "$S I5 '0574-87083333';" "as on the day of sale, not the new number"
	like "$cells" "$S A6 None;" "a blank row"
	for c in "A No." "B Product name" "C Spec/model" "D Manufacturer" "E Registration/filing no." \
		"F Batch no." "G Serial no." "H Expiry date" "I Quantity" "J Unit" "K Unit price" \
		"L Amount"; do
		like "$cells" "$S ${c%% *}7 '${c#* }';" "heading ${c#* }"
	done
	like "$cells" "$S M7 None;" "twelve columns"
	# line 1: P3 as it was named on the day
	like "$cells" "$S A8 1;" "序号 1"
	like "$cells" "$S B8 '医用电子体温计';" "the product's name on the day of sale"
	like "$cells" "$S C8 'MC-246';" "its spec"
	like "$cells" "$S D8 '欧姆龙';" "its maker"
	like "$cells" "$S E8 '苏械注准20152200123';" "its registration number"
	like "$cells" "$S F8 'B2601';" "the batch"
	like "$cells" "$S G8 None;" "no serial"
	like "$cells" "$S H8 date:2029-06-30:yyyy-mm-dd;" "the expiry, a date"
	like "$cells" "$S I8 10;" "ten"
	like "$cells" "$S J8 '支';" "支"
	like "$cells" "$S K8 25.5000:#,##0.00;" "at 25.50"
	like "$cells" "$S L8 255.0000:#,##0.00;" "10 × 25.50 = 255.00"
	# line 2: the pacemaker by serial
	like "$cells" "$S A9 2;" "序号 2"
	like "$cells" "$S B9 'Pacemaker起搏器X1';" "the pacemaker"
	like "$cells" "$S C9 'SR';" "its spec"
	like "$cells" "$S D9 '美敦力';" "its maker"
	like "$cells" "$S E9 None;" "no registration number entered"
	like "$cells" "$S F9 None;" "no batch"
	like "$cells" "$S G9 'SN7788';" "the serial"
	like "$cells" "$S H9 date:2031-12-31:yyyy-mm-dd;" "its expiry"
	like "$cells" "$S I9 1;" "one"
	like "$cells" "$S J9 '台';" "台"
	like "$cells" "$S L9 38000.0000:#,##0.00;" "38000.00"
	# line 3: sales line 5 (3, 4 and 6 are not this delivery)
	like "$cells" "$S A10 3;" "序号 3"
	like "$cells" "$S B10 '一次性使用无菌注射器';" "the syringes"
	like "$cells" "$S F10 'K99';" "batch K99, not B1 of the other lines"
	like "$cells" "$S I10 200;" "200"
	like "$cells" "$S K10 0.8000:#,##0.00;" "at 0.80"
	like "$cells" "$S L10 160.0000:#,##0.00;" "200 × 0.80 = 160.00"
	like "$cells" "$S A11 'Total';" "then the total"
	like "$cells" "$S I11 211;" "10 + 1 + 200 = 211"
	like "$cells" "$S L11 38415.0000:#,##0.00;" "255 + 38000 + 160 = 38415.00"
	like "$cells" "$S A12 None;" "a blank line"
	like "$cells" "$S A13 'Sign-off';" "the sign-off"
	like "$cells" "$S A14 'Shipper';" "发货人"
	like "$cells" "$S B14 None;" "signs here"
	like "$cells" "$S A15 'Consignee';" "收货人"
	like "$cells" "$S A16 None;" "nothing after"
	like "$cells" "$S paper 9" "A4"
	like "$cells" "$S orientation landscape;" "landscape"
	g print delivery 3 -o "$tmp/d3.xlsx"
	exit_is 0 "C1's delivery that day: line 3 alone"
	xlsx_cells "$tmp/d3.xlsx"
	like "$cells" "$S A2 'No. 3';" "numbered 3"
	like "$cells" "$S B4 '杭州市第一人民医院';" "to C1"
	like "$cells" "$S I8 5;" "five"
	like "$cells" "$S K8 None;" "no price entered"
	like "$cells" "$S L8 None;" "no amount"
	like "$cells" "$S A9 'Total';" "its total"
	like "$cells" "$S I9 5;" "five"
	like "$cells" "$S L9 None;" "an amount unknown, not 0.00"
	if [ "$HAVE_ZH" = yes ]; then
		GSPDESK_LANG=zh_CN g print delivery 1 -o "$tmp/d.zh.xlsx"
		exit_is 0 "in Chinese"
		xlsx_cells "$tmp/d.zh.xlsx"
		S="销售出库单（随货同行单）"
		like "$cells" "$S A1 '销售出库单（随货同行单）';" "销售出库单（随货同行单）"
		like "$cells" "$S A2 '编号：1';" "编号"
		like "$cells" "$S A4 '客户';" "客户"
		like "$cells" "$S E4 '销售日期';" "销售日期"
		like "$cells" "$S E7 '注册证号/备案凭证编号';" "注册证号"
		like "$cells" "$S A11 '合计';" "合计"
		like "$cells" "$S A14 '发货人';" "发货人 signs"
		like "$cells" "$S A15 '收货人';" "收货人 signs"
	fi
fi

books="$tmp/d.xlsx"
[ -f "$tmp/d.zh.xlsx" ] && books="$books $tmp/d.zh.xlsx"
# shellcheck disable=SC2086 # paths without spaces
prints_on_one_page $books

done_testing
