# The sales line's rules refused on the screen as from the command line
# (issue 14): the same unit sold again, typed in lower case, is refused
# with the earlier line named, and nothing is saved.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/ui/lib.sh"

init_db
add_fixtures
g add sales product=P2 qty=1 serial=SN1 sale_date=2026-04-01 customer=C2
is "$out" "1" "fixture: the pacemaker SN1 sold on line 1"

ui_start
log_in "$ADMIN_PASSWORD"
keys 1
keys C-n
sleep 0.2
keys_text "P2"
keys Tab Tab
keys_text "1"
keys Tab Tab
keys_text "sn1"
keys Tab Tab
keys_text "2026-05-01"
keys Tab
keys_text "C1"
keys Tab
keys F2
on_screen "was sold on line 1" "the second sale of SN1 is refused, naming the first"
keys Escape
ui_stop
g list sales --format csv
is "$(printf '%s\n' "$out" | wc -l)" "2" "nothing was saved: still one line"

done_testing
