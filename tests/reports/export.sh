#!/bin/sh
# gspdesk export --format xlsx (issue 9): the CSV export's rows as a typed
# workbook. Three live sales and a voided one; every expected cell worked
# out by hand from the lines below (amount = qty × unit price: 10 × 2.50 =
# 25.00; 1 × 12000 = 12000.00; rows by sale date: 3, 1, 2).
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/cli/lib.sh"

init_db
add_fixtures
g add sales product=P1 qty=10 batch=B1 expiry=2028-06-30 sale_date=2026-10-01 customer=C1 unit_price=2.50
g add sales product=P2 qty=1 serial=S1 sale_date=2026-10-05 customer=C2 unit_price=12000 remarks=含税
g add sales product=P1 qty=4 batch=B2 sale_date=2026-09-02 customer=C2
g add sales product=P1 qty=99 batch=B9 sale_date=2026-10-03 customer=C1
g void sales 4 --reason "entered twice"
g add implants sale=2 hospital=C2 patient=张三 use_date=2026-10-06
is "$out" "1" "fixture: four sales, one voided, one implant"

book=$tmp/sales.xlsx
g export sales --format xlsx -o "$book"
exit_is 0 "export sales as a workbook"
like "$err" "Wrote $book" "says where it went"

if ! have_openpyxl; then
	skip "read back with openpyxl" "no python3-openpyxl"
else
	xlsx_cells "$book"
	like "$cells" "sheets Product sales record;" "one sheet named after the form"
	like "$cells" "Product sales record A1 'Product sales record';" "the form's title on top"
	like "$cells" "Product sales record A2 None;" "no selection: nothing under the title"
	like "$cells" "Product sales record A4 'ID';" "column titles: the id"
	like "$cells" "Product sales record B4 'Product (code)';" "then the field labels; a ref says it holds codes"
	like "$cells" "Product sales record I4 'Destination (code)';" "the buyer's code"
	like "$cells" "Product sales record L4 'Remarks';" "the last typed field"
	like "$cells" "Product sales record M4 'Product name on the day';" "then the facts of the day of sale: the name"
	like "$cells" "Product sales record Q4 'Customer name';" "the buyer's name"
	like "$cells" "Product sales record U4 'Licence no.';" "the last: the buyer's licence"
	like "$cells" "Product sales record M5 '一次性使用无菌注射器';" "the product's name under its name heading"
	like "$cells" "Product sales record N5 '康德莱';" "its manufacturer"
	like "$cells" "Product sales record P5 '支';" "its unit"
	like "$cells" "Product sales record Q5 'ABC_Clinic诊所';" "the buyer's name under its name heading"
	# row 5: sale 3 (2026-09-02), no price
	like "$cells" "Product sales record A5 3;" "first by date: sale 3, its id a number"
	like "$cells" "Product sales record B5 'P1';" "the product by code, as in the CSV"
	like "$cells" "Product sales record C5 '5ml';" "the spec taken from the product"
	like "$cells" "Product sales record D5 4;" "quantity 4 as a number"
	like "$cells" "Product sales record E5 'B2';" "batch as text"
	like "$cells" "Product sales record F5 None;" "no serial: an empty cell"
	like "$cells" "Product sales record G5 None;" "no expiry: an empty cell"
	like "$cells" "Product sales record H5 date:2026-09-02:yyyy-mm-dd;" "sale date as a date"
	like "$cells" "Product sales record I5 'C2';" "the buyer by code"
	like "$cells" "Product sales record J5 None;" "no price: an empty cell"
	like "$cells" "Product sales record K5 None;" "no amount"
	# row 6: sale 1
	like "$cells" "Product sales record A6 1;" "then sale 1 (2026-10-01)"
	like "$cells" "Product sales record D6 10;" "10 units"
	like "$cells" "Product sales record G6 date:2028-06-30:yyyy-mm-dd;" "expiry as a date"
	like "$cells" "Product sales record J6 2.5000:#,##0.00;" "unit price as money"
	like "$cells" "Product sales record K6 25.0000:#,##0.00;" "amount 10 × 2.50 = 25.00 as money"
	# row 7: sale 2
	like "$cells" "Product sales record A7 2;" "then sale 2 (2026-10-05)"
	like "$cells" "Product sales record C7 'SR';" "the pacemaker's spec"
	like "$cells" "Product sales record F7 'S1';" "its serial"
	like "$cells" "Product sales record J7 12000.0000:#,##0.00;" "12000 as money"
	like "$cells" "Product sales record L7 '含税';" "the Chinese remark"
	like "$cells" "Product sales record A8 None;" "the voided sale 4 is left out"
	like "$cells" "freeze A5 filter" "the header row frozen"
	like "$cells" "filter A4:U7 ;" "autofilter over the header and the three rows"
	like "$cells" "Product sales record paper 9 titles" "A4 paper"
fi

# a selection: C2's sales from 2026-10-01 is sale 2 alone
g export sales customer=C2 --since 2026-10-01 --format xlsx -o "$tmp/c2.xlsx"
exit_is 0 "export with a filter and --since"
if have_openpyxl; then
	xlsx_cells "$tmp/c2.xlsx"
	like "$cells" "Product sales record A2 'Destination: ABC_Clinic诊所; Sale date: 2026-10-01 – ';" "the selection under the title"
	like "$cells" "Product sales record A5 2;" "sale 2"
	like "$cells" "Product sales record A6 None;" "and nothing else"
else
	skip "the selection read back" "no python3-openpyxl"
fi

# an implant names its sales line by id: a number, as the CSV's id
g export implants --format xlsx -o "$tmp/implants.xlsx"
exit_is 0 "export implants"
if have_openpyxl; then
	xlsx_cells "$tmp/implants.xlsx"
	like "$cells" "Implant records B5 2;" "the sales line 2 as a number"
	like "$cells" "Implant records F5 'C2';" "the hospital by code"
	like "$cells" "Implant records G5 '张三';" "the patient"
	like "$cells" "Implant records I5 date:2026-10-06:yyyy-mm-dd;" "the date of use as a date"
else
	skip "implants read back" "no python3-openpyxl"
fi

# a decimal that is not money (training hours): a plain number; a choice
# in words
g add training date=2026-11-02 topic=法规 kind=regulations hours=1.5
g export training --format xlsx -o "$tmp/training.xlsx"
exit_is 0 "export training"
if have_openpyxl; then
	xlsx_cells "$tmp/training.xlsx"
	like "$cells" "Training record D5 'laws and regulations';" "the kind in words, not its code"
	like "$cells" "Training record F5 1.5000:General;" "1.5 hours as a number without a money format"
else
	skip "training read back" "no python3-openpyxl"
fi

# Chinese: the labels and the yes/no and choice words of the user's language
if [ "$HAVE_ZH" = yes ] && have_openpyxl; then
	g --lang zh_CN export products --format xlsx -o "$tmp/products.xlsx"
	exit_is 0 "export products in Chinese"
	xlsx_cells "$tmp/products.xlsx"
	like "$cells" "sheets 产品;" "the sheet named in Chinese"
	like "$cells" "产品 B4 '产品编码';" "column titles are the Chinese labels"
	like "$cells" "产品 G4 '管理类别';" "管理类别"
	like "$cells" "产品 I4 '无菌产品';" "无菌产品"
	like "$cells" "产品 B6 'P2';" "row 2: the pacemaker"
	like "$cells" "产品 G6 '第三类';" "class III in Chinese"
	like "$cells" "产品 H6 '是';" "implant: 是"
	like "$cells" "产品 H5 '否';" "the syringe is no implant: 否"
else
	for t in 1 2 3 4 5 6 7 8 9; do skip "Chinese workbook $t" "no zh_CN catalogue or openpyxl"; done
fi

g export sales --format xlsx -o "$book"
exit_is 1 "an existing file is not replaced"
like "$err" "--force" "the message says how to replace it"
g export sales --format xlsx -o "$book" --force
exit_is 0 "--force replaces it"
check "no part file is left behind" test ! -e "$book.part"

refused 2 "-o" "xlsx without a file" export sales --format xlsx
refused 2 "--excel" "xlsx with --excel" export sales --format xlsx --excel -o "$tmp/x.xlsx"
refused 2 "--force" "--force with csv" export sales --format csv --force
refused 2 "csv or xlsx" "an unknown format" export sales --format pdf

# permissions as the CSV export: a trainer may view sales, a disabled
# account may do nothing
g_newpw "trainer-pass-1" user add t1 --role trainer
g_as t1 trainer-pass-1 export sales --format xlsx -o "$tmp/t1.xlsx"
exit_is 0 "a trainer who may view sales exports them"
g user disable t1
g_as t1 trainer-pass-1 export sales --format xlsx -o "$tmp/t1b.xlsx"
exit_is 3 "a disabled account is refused"
check "and nothing is written" test ! -e "$tmp/t1b.xlsx"

opens_in_libreoffice "$book" "含税"

done_testing
