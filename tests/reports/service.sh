# The annual service report (年度售后服务汇总): each repair deadline met or
# missed, the share kept on time per promise, warranty against paid, the
# tickets by type, and every ticket with its deadlines; judged at
# GSPDESK_NOW 2026-11-27 10:00. The office is in 杭州市: C1 (杭州市) is the
# same city, C2 (南京市) another. Expected cells worked out by hand from the
# times below (see the comments at each check); read back with openpyxl and
# opened by LibreOffice where it is installed.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/cli/lib.sh"

init_db
add_fixtures
# ticket ARGS...: one service ticket; its id is $out
ticket() {
	g add service "$@"
	exit_is 0 "ticket $out: $*"
}
g add sales product=P1 qty=1 serial=SN1 sale_date=2025-01-10 customer=C1
g add sales product=P1 qty=1 serial=SN2 sale_date=2025-12-01 customer=C2
exit_is 0 "two units sold, SN1 and SN2"
# 1: SN1 accepted 2025-03-15, its free warranty ends 2026-03-15 (a 2025 ticket)
ticket kind=install customer=C1 product=P1 serial=SN1 description=安装调试 \
	"notified_at=2025-03-01 09:00" accepted_on=2025-03-15 "resolved_at=2025-03-15 16:00" \
	checklist=双方逐项确认 customer_signatory=设备科
# 2: SN2 accepted 2026-01-10, free until 2027-01-10; an installation has no deadline
ticket kind=install customer=C2 product=P1 serial=SN2 description=安装调试 \
	"notified_at=2026-01-05 09:00" accepted_on=2026-01-10 "resolved_at=2026-01-10 15:00" \
	checklist=双方逐项确认 customer_signatory=设备科 feedback=安装调试顺利
# 3: same city, on site 25 h after the call (of 48): met; under warranty
ticket kind=repair customer=C1 product=P1 serial=SN1 description=不开机 engineer=赵磊 \
	"notified_at=2026-02-02 09:00" "onsite_at=2026-02-03 10:00" "resolved_at=2026-02-03 15:00"
# 4: same city, on site after 49 h: missed by an hour (due 04-03 08:00); paid
ticket kind=repair customer=C1 product=P1 serial=SN1 description=漏液 \
	"notified_at=2026-04-01 08:00" "onsite_at=2026-04-03 09:00" "resolved_at=2026-04-03 12:00"
# 5: Nanjing, parts abroad: response after 23 h (of 48, due 06-03 09:00): met;
#    on site after 7 days 1 h (due 06-08 09:00): missed; resolved after 24
#    days (of 30, due 07-01 09:00): met; under warranty
ticket kind=repair customer=C2 product=P1 serial=SN2 description=主板 parts_in_stock=no \
	"notified_at=2026-06-01 09:00" "responded_at=2026-06-02 08:00" \
	"onsite_at=2026-06-09 10:00" "resolved_at=2026-06-25 09:00"
# 6: Nanjing, yesterday, not answered yet: response due 11-28 09:00 and on
#    site 12-03 09:00, both not yet due; parts not recorded: no 30-day rule
ticket kind=repair customer=C2 product=P1 serial=SN2 description=报警 \
	"notified_at=2026-11-26 09:00"
# 7: same city, nobody on site a week later: due 11-22 08:00, missed; no
#    serial, so no warranty date: the charge is not decided
ticket kind=repair customer=C1 product=P1 description=异响 "notified_at=2026-11-20 08:00"
# 8: a visit has no deadline
ticket kind=visit customer=C1 product=P1 description=定期走访 "notified_at=2026-07-01 09:00"
# 9: voided, left out everywhere
ticket kind=repair customer=C1 product=P1 description=重复 "notified_at=2026-08-01 09:00"
g void service 9 --reason 重复录入
exit_is 0 "ticket 9 voided"

book=$tmp/service.xlsx
g report service --year 2026 -o "$book"
exit_is 0 "the report is written"
check "the workbook exists" test -s "$book"

if ! have_openpyxl; then
	skip "read back with openpyxl" "no python3-openpyxl"
else
	xlsx_cells "$book"
	like "$cells" "sheets Summary|Tickets|Repair deadlines;" "three sheets"
	like "$cells" "Summary A1 'After-sales service annual summary';" "the title"
	like "$cells" "Summary A2 'Tickets notified in 2026; deadlines judged at 2026-11-27 10:00.';" \
		"names the year and when the deadlines were judged"
	like "$cells" "Summary F4 'On-time share';" "the share column"
	# same city: 3 met, 4 and 7 missed: 1 of 3 decided on time
	like "$cells" "Summary A5 'Same city: engineer on site within 48 hours';" "the same-city promise"
	like "$cells" "Summary B5 3;" "three deadlines"
	like "$cells" "Summary C5 1;" "one met"
	like "$cells" "Summary D5 2;" "two missed"
	like "$cells" "Summary E5 0;" "none open"
	like "$cells" "Summary F5 0.3333:0.0%;" "1/3 as a percent"
	# response elsewhere: 5 met, 6 open: 1 of 1 decided
	like "$cells" "Summary A6 'Other cities: response within 48 hours';" "the response promise"
	like "$cells" "Summary B6 2;" "two deadlines"
	like "$cells" "Summary C6 1;" "one met"
	like "$cells" "Summary D6 0;" "none missed"
	like "$cells" "Summary E6 1;" "one not yet due"
	like "$cells" "Summary F6 1.0000:0.0%;" "the open one left out: 100%"
	# on site elsewhere: 5 missed, 6 open
	like "$cells" "Summary A7 'Other cities: engineer on site within 7 days';" "the on-site promise elsewhere"
	like "$cells" "Summary C7 0;" "none met"
	like "$cells" "Summary D7 1;" "one missed"
	like "$cells" "Summary F7 0.0000:0.0%;" "0%"
	# parts abroad: 5 met
	like "$cells" "Summary A8 'Parts not in domestic stock: resolved within 30 days';" "the parts promise"
	like "$cells" "Summary B8 1;" "one deadline"
	like "$cells" "Summary F8 1.0000:0.0%;" "kept"
	# all: 8 deadlines, met 3, missed 3, open 2: 3/6
	like "$cells" "Summary A9 'All repair deadlines';" "all together"
	like "$cells" "Summary B9 8;" "eight deadlines"
	like "$cells" "Summary C9 3;" "three met"
	like "$cells" "Summary D9 3;" "three missed"
	like "$cells" "Summary E9 2;" "two open"
	like "$cells" "Summary F9 0.5000:0.0%;" "half on time"
	like "$cells" "Summary A10 None;" "a blank line"
	# repairs 3 4 5 6 7: warranty 3 5 6, paid 4, undecided 7
	like "$cells" "Summary A11 'Charge';" "warranty against paid"
	like "$cells" "Summary A12 'Under warranty';" "under warranty"
	like "$cells" "Summary B12 3;" "three"
	like "$cells" "Summary C12 0.6000:0.0%;" "3/5"
	like "$cells" "Summary A13 'Paid repair';" "paid"
	like "$cells" "Summary B13 1;" "one"
	like "$cells" "Summary C13 0.2000:0.0%;" "1/5"
	like "$cells" "Summary A14 'Not decided';" "not decided"
	like "$cells" "Summary B14 1;" "one"
	like "$cells" "Summary A15 'Total';" "the total"
	like "$cells" "Summary B15 5;" "five repairs"
	like "$cells" "Summary C15 1.0000:0.0%;" "all of them"
	# by type: install 2, repairs 3-7, visit 8: 7 live tickets
	like "$cells" "Summary A17 'Service type';" "the tickets by type"
	like "$cells" "Summary B17 'Number of tickets';" "counted"
	like "$cells" "Summary A18 'Installation and commissioning';" "installations"
	like "$cells" "Summary B18 1;" "one"
	like "$cells" "Summary C18 0.1429:0.0%;" "1/7"
	like "$cells" "Summary B19 5;" "five repairs"
	like "$cells" "Summary C19 0.7143:0.0%;" "5/7"
	like "$cells" "Summary B20 1;" "one visit"
	like "$cells" "Summary A21 'Operator training';" "training"
	like "$cells" "Summary B21 0;" "none"
	like "$cells" "Summary B22 7;" "seven tickets"
	like "$cells" "Summary A23 None;" "nothing after"
	# tickets by notification: 2 3 4 5 8 7 6
	# the tickets by the time notified: 2, 3, 4, 5, 8, 7, 6, numbered 1-7
	like "$cells" "Tickets A4 'No.';" "column titles"
	like "$cells" "Tickets B4 'Record no.';" "the record's own number beside"
	like "$cells" "Tickets A5 1;" "numbered from 1"
	like "$cells" "Tickets B5 2;" "the installation first"
	like "$cells" "Tickets C5 'Installation and commissioning';" "its type in words"
	like "$cells" "Tickets H5 date:2026-01-05 09:00:yyyy-mm-dd hh:mm;" "notified, a date and time"
	like "$cells" "Tickets I5 None;" "no charge"
	like "$cells" "Tickets K4 'Customer feedback';" "the customer's feedback (issue 15)"
	like "$cells" "Tickets K5 '安装调试顺利';" "as the installation ticket keeps it"
	like "$cells" "Tickets A6 2;" "then number 2"
	like "$cells" "Tickets B6 3;" "repair 3"
	like "$cells" "Tickets E6 '杭州市';" "in the office's city"
	like "$cells" "Tickets I6 'Under warranty';" "free"
	like "$cells" "Tickets J6 '赵磊';" "the engineer"
	like "$cells" "Tickets I7 'Paid repair';" "repair 4 paid"
	like "$cells" "Tickets B9 8;" "the visit"
	like "$cells" "Tickets B10 7;" "repair 7"
	like "$cells" "Tickets I10 None;" "charge not decided"
	like "$cells" "Tickets A11 7;" "seven tickets"
	like "$cells" "Tickets B11 6;" "repair 6 last"
	like "$cells" "Tickets A12 None;" "and no more"
	# a row per deadline, the tickets in the same order: 3 on site; 4 on
	# site; 5 response, on site, resolved; 7 on site; 6 response, on site
	like "$cells" "Repair deadlines A5 1;" "numbered from 1"
	like "$cells" "Repair deadlines B5 3;" "repair 3: no response deadline in the same city"
	like "$cells" "Repair deadlines G5 date:2026-02-04 09:00:yyyy-mm-dd hh:mm;" "on site due 48 h after the call"
	like "$cells" "Repair deadlines H5 date:2026-02-03 10:00:yyyy-mm-dd hh:mm;" "on site"
	like "$cells" "Repair deadlines I5 'met';" "met"
	like "$cells" "Repair deadlines B6 4;" "repair 4"
	like "$cells" "Repair deadlines G6 date:2026-04-03 08:00:yyyy-mm-dd hh:mm;" "due 04-03 08:00"
	like "$cells" "Repair deadlines I6 'missed';" "an hour late"
	like "$cells" "Repair deadlines B7 5;" "repair 5"
	like "$cells" "Repair deadlines G7 date:2026-06-03 09:00:yyyy-mm-dd hh:mm;" "response due 48 h after"
	like "$cells" "Repair deadlines I7 'met';" "met"
	like "$cells" "Repair deadlines G8 date:2026-06-08 09:00:yyyy-mm-dd hh:mm;" "on site due 7 days after"
	like "$cells" "Repair deadlines I8 'missed';" "missed"
	like "$cells" "Repair deadlines G9 date:2026-07-01 09:00:yyyy-mm-dd hh:mm;" "resolved due 30 days after"
	like "$cells" "Repair deadlines I9 'met';" "met"
	like "$cells" "Repair deadlines B10 7;" "repair 7"
	like "$cells" "Repair deadlines H10 None;" "nobody on site"
	like "$cells" "Repair deadlines I10 'missed';" "missed, still not done"
	like "$cells" "Repair deadlines B11 6;" "repair 6"
	like "$cells" "Repair deadlines G11 date:2026-11-28 09:00:yyyy-mm-dd hh:mm;" "response due tomorrow"
	like "$cells" "Repair deadlines I11 'not yet due';" "not yet due"
	like "$cells" "Repair deadlines I12 'not yet due';" "nor the visit"
	like "$cells" "Repair deadlines A13 None;" "the visit and the installation have none"
	like "$cells" "Repair deadlines A13 None;" "parts not recorded for 6: no 30-day deadline"
	like "$cells" "Tickets A12 None;" "the voided ticket left out"
	like "$cells" "Tickets paper 9 titles \$1:\$4 freeze A5 filter A4:K11 ;" "A4, titles repeated, frozen, filtered"
	like "$cells" "Repair deadlines paper 9 titles \$1:\$4 freeze A5 filter A4:I12 ;" "the deadlines too"

	g report service --year 2025 -o "$tmp/s2025.xlsx"
	exit_is 0 "the 2025 report"
	xlsx_cells "$tmp/s2025.xlsx"
	like "$cells" "Summary B9 0;" "2025: an installation only, no deadline"
	like "$cells" "Summary F9 None;" "so no share"
	like "$cells" "Summary C15 None;" "and no repairs to share out"
	like "$cells" "Tickets A5 1;" "the installation listed"

	g report service --year 2024 -o "$tmp/empty.xlsx"
	exit_is 0 "a year with no tickets still makes a report"
	xlsx_cells "$tmp/empty.xlsx"
	like "$cells" "Summary A4 'No service tickets in this year.';" "which says so"
	like "$cells" "Tickets A5 'None.';" "and lists none"
fi

g_newpw "clerk-pass-1" user add clerk1 --role clerk
g_as clerk1 clerk-pass-1 report service --year 2026 -o "$tmp/clerk.xlsx"
exit_is 3 "a clerk may not run reports"

# The summary, LibreOffice's first sheet, holds the form's words: Chinese
# ones when the catalogue is there.
if [ "$HAVE_ZH" = yes ]; then
	g --lang zh_CN report service --year 2026 -o "$tmp/zh.xlsx"
	exit_is 0 "the report in Chinese"
	opens_in_libreoffice "$tmp/zh.xlsx" "维修"
else
	opens_in_libreoffice "$book" "Repair"
fi

done_testing
