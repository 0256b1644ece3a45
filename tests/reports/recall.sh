#!/bin/sh
# gspdesk recall show ID --format xlsx (issues 6 and 5): the status sheet
# for the manufacturer and the authority. Batch B1 of P2 went to C1 (2 + 4
# = 6 units), C2 (3) and C3 (1); a B2 line to C2 stays out. Class II,
# opened 2026-11-27 10:00: buyers to be told by 2026-11-30 10:00 (3 days).
# C1 told by phone and returns all 6; C2 told by letter the next day and
# returns 1; C3 not told. Totals by hand: sold 6 + 3 + 1 = 10, returned
# 6 + 1 = 7 (70 %), notified 2 of 3 buyers (2/3).
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/cli/lib.sh"

init_db
add_fixtures
g add customers code=C3 name=丙诊所 province=浙江省 city=宁波市
for line in "C1 2 2026-10-01" "C2 3 2026-10-02" "C3 1 2026-10-03" "C1 4 2026-10-04"; do
	set -- $line
	g add sales product=P2 qty="$2" batch=B1 sale_date="$3" customer="$1"
done
g add sales product=P2 qty=5 batch=B2 sale_date=2026-10-03 customer=C2
g recall open --product P2 --batch B1 --class II --reason 外包装破损
is "$out" "1" "fixture: recall 1 open"
g recall notify 1 C1 --how phone --note 护士长
g recall return 1 C1 --qty 6
GSPDESK_NOW=2026-11-28T09:30
g recall notify 1 C2 --how letter --reply 已封存
g recall return 1 C2 --qty 1
exit_is 0 "fixture: C1 and C2 told, 6 and 1 returned"

book=$tmp/recall.xlsx
GSPDESK_NOW=2026-11-28T12:00
g recall show 1 --format xlsx -o "$book"
exit_is 0 "the status sheet is written"
like "$err" "Wrote $book" "says where it went"

if ! have_openpyxl; then
	skip "read back with openpyxl" "no python3-openpyxl"
else
	xlsx_cells "$book"
	like "$cells" "sheets Recall status;" "one sheet"
	like "$cells" "Recall status A1 'Recall status';" "the title"
	like "$cells" "Recall status A2 'Recall 1: Pacemaker起搏器X1, Batch B1';" "the recall, product and batch under it"
	like "$cells" "Recall status B4 1;" "recall no. 1 as a number"
	like "$cells" "Recall status B5 'Pacemaker起搏器X1';" "the product"
	like "$cells" "Recall status B6 'P2';" "its code"
	like "$cells" "Recall status B7 'B1';" "the batch"
	like "$cells" "Recall status B8 None;" "no serial"
	like "$cells" "Recall status B9 'Class II recall';" "the class in words"
	like "$cells" "Recall status B10 '外包装破损';" "the reason"
	like "$cells" "Recall status B11 date:2026-11-27 10:00:yyyy-mm-dd hh:mm;" "opened, as a date and time"
	like "$cells" "Recall status A12 'Buyers to be told by (within 3 days)';" "class II: 3 days"
	like "$cells" "Recall status B12 date:2026-11-30 10:00:yyyy-mm-dd hh:mm;" "the deadline 3 days after opening"
	like "$cells" "Recall status B13 'In progress';" "still open"
	like "$cells" "Recall status B14 None;" "not closed"
	like "$cells" "Recall status A17 'Customer name';" "the buyers' column titles"
	like "$cells" "Recall status I17 'Status';" "ending with the status"
	# C1
	like "$cells" "Recall status A18 '杭州市第一人民医院';" "C1 first"
	like "$cells" "Recall status B18 6;" "bought 2 + 4 = 6"
	like "$cells" "Recall status C18 date:2026-11-27 10:00:yyyy-mm-dd hh:mm;" "told when the recall opened"
	like "$cells" "Recall status D18 'phone';" "by phone"
	like "$cells" "Recall status E18 'admin';" "by the administrator"
	like "$cells" "Recall status F18 '护士长';" "the note"
	like "$cells" "Recall status H18 6;" "all 6 returned"
	like "$cells" "Recall status I18 'all returned';" "status: all returned"
	# C2
	like "$cells" "Recall status A19 'ABC_Clinic诊所';" "C2 next"
	like "$cells" "Recall status B19 3;" "bought 3"
	like "$cells" "Recall status C19 date:2026-11-28 09:30:yyyy-mm-dd hh:mm;" "told the next day"
	like "$cells" "Recall status D19 'letter';" "by letter"
	like "$cells" "Recall status G19 '已封存';" "the reply"
	like "$cells" "Recall status H19 1;" "1 returned"
	like "$cells" "Recall status I19 'told, part returned';" "status: told, part returned"
	# C3
	like "$cells" "Recall status A20 '丙诊所';" "C3 last"
	like "$cells" "Recall status B20 1;" "bought 1"
	like "$cells" "Recall status C20 None;" "never told"
	like "$cells" "Recall status H20 0;" "nothing returned: 0"
	like "$cells" "Recall status I20 'not yet told';" "status: not yet told (the deadline is still ahead)"
	like "$cells" "Recall status A21 'Total';" "the total row"
	like "$cells" "Recall status B21 10;" "sold 6 + 3 + 1 = 10"
	like "$cells" "Recall status H21 7;" "returned 6 + 1 = 7"
	like "$cells" "Recall status A23 'Buyers';" "buyers"
	like "$cells" "Recall status B23 3;" "three of them"
	like "$cells" "Recall status B24 2;" "two notified"
	like "$cells" "Recall status A25 'Share notified';" "the share notified"
	like "$cells" "Recall status B25 0.6667:0.0%;" "2/3 as a percent-formatted fraction"
	like "$cells" "Recall status B26 0.7000:0.0%;" "7/10 of the units returned"
	like "$cells" "Recall status A27 None;" "nothing after"
	like "$cells" "freeze A18 filter" "the buyers' header frozen"
	like "$cells" "filter A17:I20 ;" "autofilter over the buyers, not the totals"
	like "$cells" "Recall status paper 9 titles" "A4 paper"
fi

# past the deadline C3 is late
GSPDESK_NOW=2026-12-01T08:00
g recall show 1 --format xlsx -o "$tmp/late.xlsx"
exit_is 0 "the sheet after the deadline"
if have_openpyxl; then
	xlsx_cells "$tmp/late.xlsx"
	like "$cells" "Recall status I20 'not yet told, late';" "C3 untold after 2026-11-30 10:00: late"
	like "$cells" "Recall status I19 'told, part returned';" "C2 stays as it was"
else
	skip "the late sheet read back" "no python3-openpyxl"
fi

# the same facts in a plain export: opened as a date and time, the class in words
g export recalls --format xlsx -o "$tmp/recalls.xlsx"
exit_is 0 "export recalls"
if have_openpyxl; then
	xlsx_cells "$tmp/recalls.xlsx"
	like "$cells" "Recalls E5 'Class II recall';" "export: the class in words"
	like "$cells" "Recalls G5 date:2026-11-27 10:00:yyyy-mm-dd hh:mm;" "export: opened as a date and time"
else
	skip "the export read back" "no python3-openpyxl"
fi

g recall show 1 --format xlsx -o "$book"
exit_is 1 "an existing file is not replaced"
like "$err" "--force" "the message says how to replace it"
g recall show 1 --format xlsx -o "$book" --force
exit_is 0 "--force replaces it"
check "no part file is left behind" test ! -e "$book.part"

refused 2 "" "xlsx without a file" recall show 1 --format xlsx
refused 2 "" "a file without xlsx" recall show 1 -o "$tmp/x.xlsx"
refused 2 "" "xlsx of the list" recall list --format xlsx -o "$tmp/x.xlsx"
refused 2 "" "an unknown format" recall show 1 --format pdf -o "$tmp/x.xlsx"
g recall show 9 --format xlsx -o "$tmp/none.xlsx"
exit_is 1 "an unknown recall"
check "and nothing is written" test ! -e "$tmp/none.xlsx"

# a clerk may view recalls but not run reports; a manager may
g_newpw "clerk-pass-1" user add clerk1 --role clerk
g_as clerk1 clerk-pass-1 recall show 1 --format xlsx -o "$tmp/clerk.xlsx"
exit_is 3 "a clerk may not write the status sheet"
check "and nothing is written" test ! -e "$tmp/clerk.xlsx"
g_newpw "manager-pass-1" user add boss --role manager
g_as boss manager-pass-1 recall show 1 --format xlsx -o "$tmp/boss.xlsx"
exit_is 0 "the general manager may"

opens_in_libreoffice "$book" "丙诊所"

done_testing
