# The annual quality tracking report (产品质量跟踪年度汇总): the year's
# tracking records with the paper form's columns, sorted by product and
# date, and per product the records, those that found problems, the user
# units visited and the first and last dates. Read back with openpyxl and
# opened by LibreOffice where it is installed. Expected cells worked out by
# hand from the records below.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/cli/lib.sh"

init_db
add_fixtures
# Q1..Q4 in 2026: the syringe (P1) twice at C1, the pacemaker (P2) at C1
# and C2; a voided record and one of 2025 left out. Q1 wrote 无 (none) in
# the problems text and said no: not a problem found (issue 15).
refused 1 "Any problem found: is required with the problems text" "problems text without yes or no" \
	add quality date=2026-09-01 product=P1 batch=B2 customer=C1 problems=无
g add quality date=2026-09-01 product=P1 batch=B2 customer=C1 performance=使用正常 tracked_by=李工 result=继续跟踪 \
	problems=无 problems_found=no
exit_is 0 "Q1 entered"
g add quality date=2026-02-10 product=P1 batch=B1 customer=C1 performance=个别针头弯曲 \
	problems=针头弯曲 problems_found=yes measures=更换同批次产品 tracked_by=李工 result=已解决
exit_is 0 "Q2 entered"
g add quality date=2026-05-20 product=P2 batch=L7 serial=SN001 customer=C2 performance=运行良好 \
	tracked_by=王工 result=正常
exit_is 0 "Q3 entered"
g add quality date=2026-03-15 product=P2 serial=SN002 customer=C1 performance=电池电量偏低 \
	"problems=电池 提前耗尽" problems_found=yes measures=联系厂家更换 tracked_by=王工 result=待厂家回复
exit_is 0 "Q4 entered"
g add quality date=2026-04-01 product=P1 customer=C2 performance=录错的记录
g void quality "$out" --reason 录入错误
exit_is 0 "a voided record"
g add quality date=2025-12-31 product=P1 customer=C2 performance=去年的记录
exit_is 0 "a record of 2025"

book=$tmp/quality.xlsx
g report quality --year 2026 -o "$book"
exit_is 0 "the report is written"
check "the workbook exists" test -s "$book"

if ! have_openpyxl; then
	skip "read back with openpyxl" "no python3-openpyxl"
else
	xlsx_cells "$book"
	like "$cells" "sheets Tracking records|By product;" "two sheets"
	like "$cells" "Tracking records A1 'Product quality tracking annual summary';" "the title"
	like "$cells" "Tracking records A2 'Quality tracking records dated in year 2026, by product.';" "names the year"
	# the paper's columns: date, product, batch/serial, user unit,
	# performance, problems found, measures taken, tracked by, result
	like "$cells" "Tracking records A4 'No.';" "numbered"
	like "$cells" "Tracking records B4 'Date';" "the date"
	like "$cells" "Tracking records C4 'Product';" "the product"
	like "$cells" "Tracking records D4 'Batch/serial no.';" "batch or serial"
	like "$cells" "Tracking records E4 'User unit';" "the user unit"
	like "$cells" "Tracking records F4 'Performance';" "performance"
	like "$cells" "Tracking records G4 'Problems found';" "problems"
	like "$cells" "Tracking records H4 'Measures taken';" "measures"
	like "$cells" "Tracking records I4 'Tracked by';" "who tracked"
	like "$cells" "Tracking records J4 'Result';" "the result"
	# products by name: Pacemaker起搏器X1 (ASCII) before 一次性使用无菌注射器;
	# each by date: Q4 03-15, Q3 05-20, then Q2 02-10, Q1 09-01
	like "$cells" "Tracking records A5 1;" "the first"
	like "$cells" "Tracking records B5 date:2026-03-15:yyyy-mm-dd;" "Q4, the pacemaker's earlier"
	like "$cells" "Tracking records C5 'Pacemaker起搏器X1';" "the pacemaker first"
	like "$cells" "Tracking records D5 'SN002';" "its serial"
	like "$cells" "Tracking records E5 '杭州市第一人民医院';" "its user unit"
	like "$cells" "Tracking records F5 '电池电量偏低';" "its performance"
	like "$cells" "Tracking records G5 '电池 提前耗尽';" "the problem found"
	like "$cells" "Tracking records H5 '联系厂家更换';" "the measure"
	like "$cells" "Tracking records I5 '王工';" "who tracked it"
	like "$cells" "Tracking records J5 '待厂家回复';" "the result"
	like "$cells" "Tracking records B6 date:2026-05-20:yyyy-mm-dd;" "Q3 next"
	like "$cells" "Tracking records D6 'L7 / SN001';" "batch and serial together"
	like "$cells" "Tracking records E6 'ABC_Clinic诊所';" "at the clinic"
	like "$cells" "Tracking records G6 None;" "no problem found"
	like "$cells" "Tracking records A7 3;" "the third"
	like "$cells" "Tracking records B7 date:2026-02-10:yyyy-mm-dd;" "Q2: the syringe's earlier"
	like "$cells" "Tracking records C7 '一次性使用无菌注射器';" "the syringe second"
	like "$cells" "Tracking records D7 'B1';" "its batch"
	like "$cells" "Tracking records G7 '针头弯曲';" "its problem"
	like "$cells" "Tracking records B8 date:2026-09-01:yyyy-mm-dd;" "Q1 last"
	like "$cells" "Tracking records J8 '继续跟踪';" "its result"
	like "$cells" "Tracking records A9 None;" "the voided record and 2025's left out"
	like "$cells" 'Tracking records paper 9 titles $1:$4 freeze A5 filter A4:J8 ;' "A4, titles repeated, header frozen, filtered"
	# per product: the pacemaker 2 records (Q3, Q4), 1 with problems (Q4),
	# 2 user units (C1, C2), 03-15 to 05-20; the syringe 2 (Q1, Q2), 1 (Q2),
	# 1 unit (C1), 02-10 to 09-01; in all 4, 2, 2 units, 02-10 to 09-01
	like "$cells" "By product A4 'Product';" "the summary by product"
	like "$cells" "By product D4 'With problems found';" "records with problems"
	like "$cells" "By product E4 'User units';" "units visited"
	like "$cells" "By product A5 'Pacemaker起搏器X1';" "the pacemaker"
	like "$cells" "By product B5 '美敦力';" "its manufacturer"
	like "$cells" "By product C5 2;" "two records"
	like "$cells" "By product D5 1;" "one found a problem"
	like "$cells" "By product E5 2;" "at two units"
	like "$cells" "By product F5 date:2026-03-15:yyyy-mm-dd;" "first"
	like "$cells" "By product G5 date:2026-05-20:yyyy-mm-dd;" "last"
	like "$cells" "By product A6 '一次性使用无菌注射器';" "the syringe"
	like "$cells" "By product C6 2;" "two records"
	like "$cells" "By product D6 1;" "one found a problem"
	like "$cells" "By product E6 1;" "at one unit"
	like "$cells" "By product F6 date:2026-02-10:yyyy-mm-dd;" "first"
	like "$cells" "By product G6 date:2026-09-01:yyyy-mm-dd;" "last"
	like "$cells" "By product A7 'Total';" "the total"
	like "$cells" "By product C7 4;" "four records"
	like "$cells" "By product D7 2;" "two with problems"
	like "$cells" "By product E7 2;" "two units in all, not 2 + 1"
	like "$cells" "By product F7 date:2026-02-10:yyyy-mm-dd;" "the year's first"
	like "$cells" "By product G7 date:2026-09-01:yyyy-mm-dd;" "and last"
	like "$cells" "By product A8 None;" "nothing after"
fi

opens_in_libreoffice "$book" "电池电量偏低"

g report quality --year 2024 -o "$tmp/empty.xlsx"
exit_is 0 "a year with no records still makes a report"
if have_openpyxl; then
	xlsx_cells "$tmp/empty.xlsx"
	like "$cells" "Tracking records A5 'No quality tracking records in this year.';" "the records say so"
	like "$cells" "By product A5 'No quality tracking records in this year.';" "and the summary"
else
	skip "the empty year says so" "no python3-openpyxl"
fi
g report quality --from 2026-01-01 --until 2026-06-30 -o "$tmp/x.xlsx"
exit_is 2 "the quality report takes a year, not a range"

done_testing
