# The record screen says how long the record is kept (issue 15), under who
# entered it: two years after the line's expiry date, worked out by hand.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/ui/lib.sh"

init_db
add_fixtures
g add sales product=P1 qty=3 batch=B1 expiry=2032-06-30 sale_date=2026-03-05 customer=C1
is "$out" "1" "fixture: a line of batch B1 expiring 2032-06-30"

ui_start
log_in "$ADMIN_PASSWORD"
keys 1
wait_for "sales record"
keys Enter
on_screen "Keep until: 2034-06-30 (2 years after the expiry date 2032-06-30)" \
	"the record screen shows its keeping date"
ui_stop

done_testing
