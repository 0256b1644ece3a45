# The annual complaints report (客户投诉年度分析): every complaint received
# in the year with its status, the days to the written reply and to the
# close and the deadlines it missed; the figures by product and by cause.
# Read back with openpyxl and opened by LibreOffice where it is installed.
# Today is Friday 2026-11-27. Weekdays from a calendar; the deadlines are
# 2 working days to report to quality and 5 to find a cause (src/core/
# complaints.h); days are calendar days from the day received.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/cli/lib.sh"

init_db
add_fixtures
# K0, Thursday 01-01: reported Friday 01-02, inside Monday 01-05; replied
# 01-09 (8 days), closed 01-12 (11 days): nothing missed.
g add complaints 'received_at=2026-01-01 08:30' customer=C1 product=P2 batch=B9 serial=SN002 \
	content=随货资料缺少合格证 \
	'reported_at=2026-01-02 09:00' cause=仓库漏放合格证 action=补寄合格证 reply_date=2026-01-09 \
	status=closed closed_date=2026-01-12
exit_is 0 "K0 entered"
# K1, Monday 03-02: reported Tuesday 03-03, inside Wednesday 03-04;
# replied 03-05 (3 days), closed 03-09 (7 days): nothing missed.
g add complaints 'received_at=2026-03-02 09:00' customer=C1 product=P1 batch=B1 content=外包装破损 \
	'reported_at=2026-03-03 10:00' cause=物流途中挤压 action=更换包装 reply_date=2026-03-05 \
	status=closed closed_date=2026-03-09
exit_is 0 "K1 entered"
# K2, Friday 03-06: reported Wednesday 03-11, after Tuesday 03-10: late;
# replied 03-16 (10 days), not closed.
g add complaints 'received_at=2026-03-06 10:00' customer=C2 product=P1 content=针头弯曲 \
	'reported_at=2026-03-11 09:00' cause=物流途中挤压 action=加固包装 reply_date=2026-03-16 \
	status=replied
exit_is 0 "K2 entered"
# K3, Wednesday 07-15: never reported, no cause, months ago: both missed.
g add complaints 'received_at=2026-07-15 14:00' customer=C1 product=P2 serial=SN001 content=报警声音过小
exit_is 0 "K3 entered"
# K4, Thursday 11-26, no product: reported by Monday 11-30 and a cause by
# Thursday 12-03, both still ahead of today.
g add complaints 'received_at=2026-11-26 15:00' customer=C2 content=送货晚了
exit_is 0 "K4 entered"
# left out: a voided complaint of 2026 and one received on 2025-12-31
g add complaints 'received_at=2026-05-05 09:00' customer=C1 product=P1 content=重复录入的投诉
g void complaints "$out" --reason 重复录入
exit_is 0 "a voided complaint"
g add complaints 'received_at=2025-12-31 16:00' customer=C2 product=P1 content=去年的投诉 \
	reply_date=2026-01-05
exit_is 0 "a complaint of the year before"

book=$tmp/complaints.xlsx
g report complaints --year 2026 -o "$book"
exit_is 0 "the report is written"
check "the workbook exists" test -s "$book"

if ! have_openpyxl; then
	skip "read back with openpyxl" "no python3-openpyxl"
else
	xlsx_cells "$book"
	like "$cells" "sheets Complaint list|Replies and deadlines|By product|By cause;" "four sheets"
	like "$cells" "Complaint list A1 'Customer complaints annual report';" "the title"
	like "$cells" "Complaint list A2 'Complaints received in year 2026, as of 2026-11-27.';" \
		"the year and the day the deadlines are judged"
	like "$cells" "Replies and deadlines A3 'Missed: reported to quality later than 2 working days after receipt, or no cause analysis after 5." \
		"the deadlines said above the replies"
	like "$cells" "Complaint list A4 'No.';" "column titles"
	like "$cells" "Complaint list B4 'Record no.';" "the record's number beside"
	like "$cells" "Complaint list C4 'Received at';" "the form's own labels"
	like "$cells" "Replies and deadlines G4 'Days to written reply';" "days to the reply"
	like "$cells" "Replies and deadlines I4 'Days to close';" "days to the close"
	like "$cells" "Replies and deadlines J4 'Deadlines missed';" "and the deadlines missed"
	# K0 to K4 by the time received: ids 1 to 5, numbered 1 to 5
	like "$cells" "Complaint list A5 1;" "numbered"
	like "$cells" "Complaint list B5 1;" "K0 is record 1"
	like "$cells" "Complaint list C5 date:2026-01-01 08:30:yyyy-mm-dd hh:mm;" "received with its hour; the first of January is in the year"
	like "$cells" "Complaint list D5 '杭州市第一人民医院';" "its customer"
	like "$cells" "Complaint list E5 'Pacemaker起搏器X1';" "its product"
	like "$cells" "Complaint list F5 'B9 / SN002';" "batch and serial in the paper's one column"
	like "$cells" "Complaint list G5 '随货资料缺少合格证';" "what was complained of"
	like "$cells" "Complaint list H5 '仓库漏放合格证';" "the cause"
	like "$cells" "Complaint list I5 'closed';" "the status in words"
	like "$cells" "Replies and deadlines A5 1;" "the same complaints, numbered"
	like "$cells" "Replies and deadlines C5 date:2026-01-01 08:30:yyyy-mm-dd hh:mm;" "received"
	like "$cells" "Replies and deadlines E5 date:2026-01-02 09:00:yyyy-mm-dd hh:mm;" "reported to quality the next morning, with its hour"
	like "$cells" "Replies and deadlines F5 date:2026-01-09:yyyy-mm-dd;" "the written reply's date"
	like "$cells" "Replies and deadlines G5 8;" "01-01 to 01-09: 8 days"
	like "$cells" "Replies and deadlines H5 date:2026-01-12:yyyy-mm-dd;" "the closed date"
	like "$cells" "Replies and deadlines I5 11;" "01-01 to 01-12: 11 days"
	like "$cells" "Replies and deadlines J5 None;" "nothing missed"
	like "$cells" "Complaint list F6 'B1';" "K1's batch"
	like "$cells" "Replies and deadlines G6 3;" "03-02 to 03-05: 3 days"
	like "$cells" "Replies and deadlines I6 7;" "03-02 to 03-09: 7 days"
	like "$cells" "Replies and deadlines J6 None;" "nothing missed"
	like "$cells" "Complaint list D7 'ABC_Clinic诊所';" "K2's customer"
	like "$cells" "Complaint list I7 'replied';" "replied"
	like "$cells" "Replies and deadlines G7 10;" "03-06 to 03-16: 10 days"
	like "$cells" "Replies and deadlines H7 None;" "not closed"
	like "$cells" "Replies and deadlines I7 None;" "so no days to close"
	like "$cells" "Replies and deadlines J7 'report to quality';" "reported after Tuesday 03-10: late"
	like "$cells" "Complaint list F8 'SN001';" "K3's serial"
	like "$cells" "Complaint list I8 'open';" "open"
	like "$cells" "Replies and deadlines E8 None;" "never reported"
	like "$cells" "Replies and deadlines G8 None;" "no reply"
	like "$cells" "Replies and deadlines J8 'report to quality, cause analysis';" "both deadlines missed"
	like "$cells" "Complaint list C9 date:2026-11-26 15:00:yyyy-mm-dd hh:mm;" "K4 last"
	like "$cells" "Complaint list B9 5;" "record 5"
	like "$cells" "Complaint list E9 None;" "with no product"
	like "$cells" "Replies and deadlines J9 None;" "its deadlines still ahead"
	like "$cells" "Replies and deadlines A10 None;" "the voided one and last year's left out there too"
	like "$cells" "Complaint list A10 None;" "the voided one and last year's left out"
	like "$cells" "By product B4 'Product code';" "the product's code"
	like "$cells" "By product C4 'Manufacturer';" "and its maker: two products of one name stay apart"
	like "$cells" "By product B5 'P2';" "the pacemaker is P2"
	like "$cells" "By product C5 '美敦力';" "made by 美敦力"
	like "$cells" "By product A4 'Product';" "the summary by product"
	like "$cells" "By product D4 'Complaints';" "counts"
	like "$cells" "By product J4 'Missed a deadline';" "and late ones"
	# Pacemaker (ASCII first): K0 and K3; 2 of 5 = 40%; one reply in 8 days;
	# one close in 11; K3 missed.
	like "$cells" "By product A5 'Pacemaker起搏器X1';" "products by name"
	like "$cells" "By product D5 2;" "K0 and K3"
	like "$cells" "By product E5 0.4000:0.0%;" "2 of 5"
	like "$cells" "By product F5 1;" "one written reply"
	like "$cells" "By product G5 8.0000:0.00;" "in 8 days"
	like "$cells" "By product H5 1;" "one closed"
	like "$cells" "By product I5 11.0000:0.00;" "in 11 days"
	like "$cells" "By product J5 1;" "K3 missed"
	# the syringe: K1 and K2; replies in 3 and 10 days: 6.50; K1 closed in
	# 7; K2 missed.
	like "$cells" "By product A6 '一次性使用无菌注射器';" "then the syringe"
	like "$cells" "By product D6 2;" "K1 and K2"
	like "$cells" "By product F6 2;" "both replied to"
	like "$cells" "By product G6 6.5000:0.00;" "(3 + 10) / 2"
	like "$cells" "By product H6 1;" "one closed"
	like "$cells" "By product I6 7.0000:0.00;" "in 7 days"
	like "$cells" "By product J6 1;" "K2 missed"
	# no product: K4 alone, nothing yet
	like "$cells" "By product A7 '(no product given)';" "the complaint with no product last"
	like "$cells" "By product E7 0.2000:0.0%;" "1 of 5"
	like "$cells" "By product F7 0;" "no reply"
	like "$cells" "By product G7 None;" "no mean"
	like "$cells" "By product J7 0;" "nothing missed"
	# the year: 5; replies 8 + 3 + 10 = 21 over 3 = 7.00; closes 11 + 7 =
	# 18 over 2 = 9.00; K2 and K3 missed
	like "$cells" "By product A8 'Total';" "the total"
	like "$cells" "By product D8 5;" "five complaints"
	like "$cells" "By product E8 1.0000:0.0%;" "all of them"
	like "$cells" "By product F8 3;" "three replied to"
	like "$cells" "By product G8 7.0000:0.00;" "21 / 3"
	like "$cells" "By product H8 2;" "two closed"
	like "$cells" "By product I8 9.0000:0.00;" "18 / 2"
	like "$cells" "By product J8 2;" "two missed"
	like "$cells" "By product A9 None;" "nothing after"
	# causes by their text (仓 U+4ED3 before 物 U+7269), none last
	like "$cells" "By cause A4 'Cause analysis';" "the summary by cause"
	like "$cells" "By cause A5 '仓库漏放合格证';" "K0's cause"
	like "$cells" "By cause B5 1;" "once"
	like "$cells" "By cause E5 8.0000:0.00;" "replied in 8 days"
	like "$cells" "By cause H5 0;" "in time"
	like "$cells" "By cause A6 '物流途中挤压';" "K1 and K2 share a cause"
	like "$cells" "By cause B6 2;" "twice"
	like "$cells" "By cause C6 0.4000:0.0%;" "2 of 5"
	like "$cells" "By cause E6 6.5000:0.00;" "(3 + 10) / 2"
	like "$cells" "By cause G6 7.0000:0.00;" "K1 closed in 7"
	like "$cells" "By cause H6 1;" "K2 missed"
	like "$cells" "By cause A7 '(no cause analysis yet)';" "K3 and K4 have none yet"
	like "$cells" "By cause B7 2;" "two"
	like "$cells" "By cause F7 0;" "none closed"
	like "$cells" "By cause H7 1;" "K3 missed"
	like "$cells" "By cause B8 5;" "the total"
	like "$cells" "By cause H8 2;" "two missed in all"
	like "$cells" 'Complaint list paper 9 titles $1:$4 freeze A5 filter A4:I9 ;' \
		"A4, titles repeated, header frozen, filtered"
	like "$cells" 'Replies and deadlines paper 9 titles $1:$4 freeze A5 filter A4:J9 ;' \
		"the replies too"
	like "$cells" "Complaint list orientation landscape;" "the report is landscape"
	like "$cells" "Complaint list G5 wraps;" "long text wrapped"
	unlike "$cells" "Complaint list A5 wraps;" "a number is not"
fi

opens_in_libreoffice "$book" "物流途中挤压"

g report complaints --year 2024 -o "$tmp/empty.xlsx"
exit_is 0 "a year with no complaints still makes a report"
if have_openpyxl; then
	xlsx_cells "$tmp/empty.xlsx"
	like "$cells" "Complaint list A5 'No complaints were received in this year.';" "the list says so"
	like "$cells" "Replies and deadlines A5 'No complaints were received in this year.';" "the replies too"
	like "$cells" "By product A5 'No complaints were received in this year.';" "the summary by product too"
	like "$cells" "By cause A5 'No complaints were received in this year.';" "and by cause"
else
	skip "the empty year says so" "no python3-openpyxl"
fi
g report complaints --from 2026-01-01 --until 2026-06-30 -o "$tmp/x.xlsx"
exit_is 2 "the complaints report takes a year, not a range"
g report complaints --year 2026 -o "$book"
exit_is 1 "an existing workbook is not replaced without --force"

done_testing
