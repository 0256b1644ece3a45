# The due list gathers the after-sales promises too: an open repair's
# on-site deadline and an adverse event's report deadline, with the time
# left worked out by hand (now is 2026-11-27 10:00).
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/cli/lib.sh"

init_db
add_fixtures
# C1 is in 杭州市, the office's city: on site within 48 h of 11-26 10:00,
# so due 11-28 10:00: 1 day, 24 hours from now
g add service kind=repair customer=C1 product=P1 serial=SN9 "notified_at=2026-11-26 10:00" description=不开机
exit_is 0 "a same-city repair ticket"
# a serious event learned 11-20 09:00: report within 20 days, due 12-10 09:00,
# 12 days 23 h from now: 12 days, 12 × 24 + 23 = 311 hours
g add events "learned_at=2026-11-20 09:00" product=P1 customer=C1 severity=serious \
	"stop_use_notice_at=2026-11-20 10:00" stop_use_notified=张主任 use_description=输液中报警
exit_is 0 "a serious adverse event with its stop-use notice"
g due --format csv
exit_is 0 "due lists them"
like "$out" "repair,service,1," "the repair is due"
like "$out" "2026-11-28 10:00,1,24,engineer on site" "on site by 11-28 10:00, a day left"
like "$out" "engineer on site,1/onsite_at,杭州市第一人民医院,service 1" "keyed by the field that meets it, with the customer"
like "$out" "event,events,1," "the event's report is due"
like "$out" "2026-12-10 09:00,12,311," "by 12-10 09:00, 12 days (311 hours) left"
done_testing
