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
	like "$cells" "sheets Adverse events|Notices;" "the events, then their notices"
	like "$cells" "Adverse events A1 'Adverse events annual summary';" "the title"
	like "$cells" "Adverse events A2 'Adverse events learned of in 2026; deadlines judged at 2026-11-27 10:00.';" \
		"names the year and when the deadlines were judged"
	like "$cells" "Adverse events I4 'Report due';" "the deadline column"
	like "$cells" "Adverse events K4 'On time';" "and the verdict"
	like "$cells" "Adverse events A5 1;" "numbered from 1"
	like "$cells" "Adverse events B5 1;" "event 1 first"
	like "$cells" "Adverse events H5 'Death';" "its severity in words"
	like "$cells" "Adverse events I5 date:2026-03-08 10:00:yyyy-mm-dd hh:mm;" "due 7 days after"
	like "$cells" "Adverse events J5 date:2026-03-05 09:00:yyyy-mm-dd hh:mm;" "reported"
	like "$cells" "Adverse events K5 'met';" "in time"
	like "$cells" "Notices D5 date:2026-03-01 11:00:yyyy-mm-dd hh:mm;" "the stop-use notice"
	like "$cells" "Notices E5 '设备科';" "to whom"
	like "$cells" "Notices F5 date:2026-03-01 12:00:yyyy-mm-dd hh:mm;" "the manager's report"
	like "$cells" "Notices G5 date:2026-03-01 12:30:yyyy-mm-dd hh:mm;" "purchasing told"
	like "$cells" "Notices H5 date:2026-03-01 13:00:yyyy-mm-dd hh:mm;" "the engineer told"
	like "$cells" "Adverse events I6 date:2026-06-21 08:00:yyyy-mm-dd hh:mm;" "serious: 20 days"
	like "$cells" "Adverse events K6 'missed';" "reported 4 days late"
	like "$cells" "Adverse events I7 date:2026-11-27 20:00:yyyy-mm-dd hh:mm;" "cluster: 12 hours"
	like "$cells" "Adverse events J7 None;" "not reported"
	like "$cells" "Adverse events K7 'not yet due';" "still in time"
	like "$cells" "Adverse events I8 None;" "other: no deadline"
	like "$cells" "Adverse events K8 None;" "and no verdict"
	like "$cells" "Adverse events A9 None;" "four: 2025's left out"
	like "$cells" "Notices A5 1;" "the notices numbered"
	like "$cells" "Notices B5 1;" "event 1's"
	like "$cells" "Notices A9 None;" "of the same four events"
fi

g report events --year 2024 -o "$tmp/empty.xlsx"
exit_is 0 "a year with no events still makes a report"
if have_openpyxl; then
	xlsx_cells "$tmp/empty.xlsx"
	like "$cells" "Adverse events A5 'No adverse events in this year.';" "it says so"
	like "$cells" "Notices A5 'No adverse events in this year.';" "the notices too"
else
	skip "the empty year says so" "no python3-openpyxl"
fi

done_testing
