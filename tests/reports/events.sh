#!/bin/sh
# The adverse events report (report events --year Y, issue 15): every
# event learned of in the year with its severity, the deadline of the
# report to the authority (death 7 days, serious 20, cluster 12 hours
# from learned_at), when it was reported and whether in time, judged at
# GSPDESK_NOW 2026-11-27 10:00, and the stop-use, manager, purchasing,
# engineer and manufacturer notices. Values worked out by hand below.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/cli/lib.sh"

init_db
add_fixtures
# 1: a death learned 03-01 10:00 is due 03-08 10:00; reported 03-05: met
g add events "learned_at=2026-03-01 10:00" product=P1 batch=B1 customer=C1 severity=death \
	use_description=按说明书使用 "stop_use_notice_at=2026-03-01 11:00" stop_use_notified=设备科 \
	"manager_report_at=2026-03-01 12:00" "purchasing_notified_at=2026-03-01 12:30" \
	"engineer_notified_at=2026-03-01 13:00" "authority_report_at=2026-03-05 09:00" status=reported
exit_is 0 "event 1"
# 2: serious, learned 06-01 08:00: due 06-21 08:00 (1 + 20); reported 06-25: missed
g add events "learned_at=2026-06-01 08:00" product=P1 severity=serious use_description=x \
	"stop_use_notice_at=2026-06-01 09:00" stop_use_notified=骨科 \
	"authority_report_at=2026-06-25 08:00"
exit_is 0 "event 2"
# 3: a cluster learned today 08:00: due 20:00, not reported yet, not yet due
g add events "learned_at=2026-11-27 08:00" product=P1 severity=cluster use_description=同批多例
exit_is 0 "event 3"
# 4: other: no legal deadline
g add events "learned_at=2026-05-05 09:00" product=P1 severity=other use_description=轻微
exit_is 0 "event 4"
# 5: of 2025, left out
g add events "learned_at=2025-12-31 23:00" product=P1 severity=other use_description=去年
exit_is 0 "event 5"

book=$tmp/events.xlsx
g report events --year 2026 -o "$book"
exit_is 0 "the report is written"
check "the workbook exists" test -s "$book"

if ! have_openpyxl; then
	skip "read back with openpyxl" "no python3-openpyxl"
else
	xlsx_cells "$book"
	like "$cells" "sheets Adverse events;" "one sheet"
	like "$cells" "Adverse events A1 'Adverse events annual summary';" "the title"
	like "$cells" "Adverse events A2 'Adverse events learned of in 2026; deadlines judged at 2026-11-27 10:00.';" \
		"names the year and when the deadlines were judged"
	like "$cells" "Adverse events H4 'Report due';" "the deadline column"
	like "$cells" "Adverse events J4 'On time';" "and the verdict"
	like "$cells" "Adverse events A5 1;" "event 1 first"
	like "$cells" "Adverse events G5 'Death';" "its severity in words"
	like "$cells" "Adverse events H5 date:2026-03-08 10:00:yyyy-mm-dd hh:mm;" "due 7 days after"
	like "$cells" "Adverse events I5 date:2026-03-05 09:00:yyyy-mm-dd hh:mm;" "reported"
	like "$cells" "Adverse events J5 'met';" "in time"
	like "$cells" "Adverse events K5 date:2026-03-01 11:00:yyyy-mm-dd hh:mm;" "the stop-use notice"
	like "$cells" "Adverse events L5 '设备科';" "to whom"
	like "$cells" "Adverse events M5 date:2026-03-01 12:00:yyyy-mm-dd hh:mm;" "the manager's report"
	like "$cells" "Adverse events N5 date:2026-03-01 12:30:yyyy-mm-dd hh:mm;" "purchasing told"
	like "$cells" "Adverse events O5 date:2026-03-01 13:00:yyyy-mm-dd hh:mm;" "the engineer told"
	like "$cells" "Adverse events H6 date:2026-06-21 08:00:yyyy-mm-dd hh:mm;" "serious: 20 days"
	like "$cells" "Adverse events J6 'missed';" "reported 4 days late"
	like "$cells" "Adverse events H7 date:2026-11-27 20:00:yyyy-mm-dd hh:mm;" "cluster: 12 hours"
	like "$cells" "Adverse events I7 None;" "not reported"
	like "$cells" "Adverse events J7 'not yet due';" "still in time"
	like "$cells" "Adverse events H8 None;" "other: no deadline"
	like "$cells" "Adverse events J8 None;" "and no verdict"
	like "$cells" "Adverse events A9 None;" "four: 2025's left out"
fi

g report events --year 2024 -o "$tmp/empty.xlsx"
exit_is 0 "a year with no events still makes a report"
if have_openpyxl; then
	xlsx_cells "$tmp/empty.xlsx"
	like "$cells" "Adverse events A5 'No adverse events in this year.';" "it says so"
else
	skip "the empty year says so" "no python3-openpyxl"
fi

done_testing
