#!/bin/sh
# China's working calendar from the command line: the shipped years, an
# administrator adding the next year's notice (all days or none, audited,
# admin only), and the complaint deadlines counted on it. Deadlines worked
# out on a calendar by hand.
. "${GSPDESK_TEST_SRCDIR:-$(dirname "$0")/..}/cli/lib.sh"

init_db
add_fixtures

g holidays 2026
exit_is 0 "holidays 2026"
like "$out" "2026: 248 working days." "2026 has 365 - 104 weekend days - 13 holidays = 248"
like "$out" "2026-10-10  Sat      Make-up working day" "the Saturday after 国庆 is worked"
like "$out" "2026-02-16  Mon      Day off (holiday)" "春节 Monday is off"
unlike "$out" "2026-02-15" "a Sunday inside the holiday is an ordinary day off, not listed"

g holidays 2027
exit_is 1 "an unannounced year"
like "$err" "not known yet" "it says the year is not known, never guesses"

GSPDESK_NOW=2026-11-30T10:00 g due --days 31
unlike "$out" "Working calendar" "in November nothing is due: 2026 is known, 2027 not yet asked for"
GSPDESK_NOW=2026-12-06T10:00 g due --days 30
like "$out" "2027-01-01  Working calendar" "in December the 2027 notice is due by 01-01"
GSPDESK_NOW=2026-12-06T10:00 g due --days 7
unlike "$out" "Working calendar" "... when 01-01 lies within the days asked for"
GSPDESK_NOW=2027-03-01T10:00 g due --days 7
like "$out" "2027-03-01  Working calendar" "a year under way without its calendar is due at once"

g_newpw quality-pass-1 user add qa --role quality
have_sqlite3 && dump_db "$tmp/dump.before"
g_as qa quality-pass-1 holidays add 2027-01-01 --kind holiday --notice x
exit_is 3 "the quality manager may not change the calendar"
like "$err" "may not add records" "... and is told so"
unchanged_since "$tmp/dump.before" "... nothing written"

# A complaint received on Thursday 2026-12-31, not yet reported. Monday to
# Friday only, its 2 working days end on Monday 2027-01-04; with the 2027
# notice's 01-01..01-03 off they end on Tuesday 01-05.
GSPDESK_NOW=2027-01-04T10:00 g add complaints "received_at=2026-12-31 09:30" customer=C1 content=外包装破损
exit_is 0 "a complaint on the last day of 2026"
GSPDESK_NOW=2027-01-05T10:00 g list complaints
like "$out" "LATE" "2027 not announced: Monday to Friday, late on 01-05"

refused 1 "2027-01-01" "a day twice: nothing of the notice is added" \
	holidays add 2027-01-02..2027-01-03 2027-01-01 2027-01-01 --kind holiday --notice 国办发明电〔2026〕5号
refused 1 "2027-02-30" "an impossible day" holidays add 2027-02-30 --kind holiday --notice x
refused 1 "at most" "a run backwards" holidays add 2027-01-03..2027-01-01 --kind holiday --notice x
refused 2 "" "the notice is required" holidays add 2027-01-01 --kind holiday

g holidays add 2027-01-01..2027-01-03 --kind holiday --notice 国办发明电〔2026〕5号 --remarks 元旦
exit_is 0 "the administrator adds 元旦 2027 as a run of days"
g holidays 2027
exit_is 0 "2027 is known once a notice's days are in"
like "$out" "2027-01-01  Fri      Day off (holiday)  the office's holidays records" "the added day, by its source"
GSPDESK_NOW=2027-01-05T10:00 g list complaints
unlike "$out" "LATE" "with 01-01 off the report is due on 01-05: not late that day"
GSPDESK_NOW=2027-01-06T10:00 g list complaints
like "$out" "LATE" "... and late the day after"
GSPDESK_NOW=2027-03-01T10:00 g due --days 7
unlike "$out" "Working calendar" "2027 known: nothing due"
g show holidays 1 --history
like "$out" "国办发明电〔2026〕5号" "each added day is audited with its notice"

# a correction to a shipped day: 2026-10-09 off as well moves the
# report deadline of a complaint of Wednesday 09-30 from Friday 10-09 to
# Saturday 10-10 (a make-up working day)
g add complaints "received_at=2026-09-30 16:00" customer=C1 content=标签模糊
GSPDESK_NOW=2026-10-10T10:00 g list complaints --since 2026-09-01 --until 2026-09-30
like "$out" "LATE" "reported by Friday 10-09: late on Saturday 10-10"
g holidays add 2026-10-09 --kind holiday --notice 更正 --remarks 测试
GSPDESK_NOW=2026-10-10T10:00 g list complaints --since 2026-09-01 --until 2026-09-30
unlike "$out" "LATE" "with 10-09 off, due on the make-up Saturday 10-10: not late that day"

done_testing
