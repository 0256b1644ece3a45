# The after-sales lists from the main menu: 6 service tickets with a
# deadline column (time left or late at GSPDESK_NOW 2026-11-27 10:00),
# 7 adverse events, 8 returns. Values worked by hand: C1 is in the
# office's city (杭州市), so a repair notified 11-25 08:00 was due on site
# 11-27 08:00 and is 2:00 late; one notified 11-26 20:00 is due 11-28
# 20:00, 34 h (1 d 10:00) left, before its warning at 11-27 20:00.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/ui/lib.sh"

init_db
add_fixtures
g add service kind=repair customer=C1 product=P1 description=漏液 "notified_at=2026-11-25 08:00"
g add service kind=repair customer=C1 product=P1 description=报警 "notified_at=2026-11-26 20:00"
g add events "learned_at=2026-11-27 08:00" product=P1 severity=cluster use_description=同批多例

ui_start
log_in "$ADMIN_PASSWORD"
s=$(screen)
like "$s" "6  Service record" "the service record has hotkey 6"
like "$s" "7  Adverse event record" "adverse events have hotkey 7"
like "$s" "8  Return and exchange record" "returns have hotkey 8"

keys 6
on_screen "Deadline" "the service list has a deadline column"
# waited for, not read at once: the header can be drawn before the rows
on_screen "2:00 late" "the overdue repair shows how late it is"
on_screen "1 d 10:00 left" "the other shows the time left (34 h)"
keys Escape
wait_for "Main menu" >/dev/null
keys 7
on_screen "10:00 left" "the cluster (12 h from 08:00, due 20:00) shows 10 hours left at 10:00"
keys Escape
wait_for "Main menu" >/dev/null
keys 8
on_screen "Sales line" "the returns list opens"
keys F10
ui_exited
is "$ui_rc" "0" "quits"
done_testing
