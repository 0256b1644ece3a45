# An adverse event marked serious: the screen asks at once for the
# stop-use notice (when the user was told to stop, and whom), before
# anything else, and the record saves once it is given.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/ui/lib.sh"

init_db
add_fixtures
ui_start
log_in "$ADMIN_PASSWORD"
keys 7
on_screen "Adverse event record" "7 opens the adverse events"
keys C-n
on_screen "Learned at" "a new event"
keys_text "2026-11-27 08:30"
keys Tab Tab Tab
keys_text "P1"
keys Tab Tab Tab Tab Tab
keys_text "serious"
keys Tab
on_screen "record now when the user was told to stop using the device" "serious: the screen asks for the stop-use notice at once"
keys_text "2026-11-27 09:00"
keys Tab
keys_text "张主任"
keys Tab
keys Up Up Up
keys_text "输液泵报警后继续使用"
keys F2
on_screen "Saved as record 1." "with the notice given, the event is saved"
g show events 1 --format json
like "$out" '"stop_use_notified":"张主任"' "the stop-use notice is stored with whom"
keys F10
ui_exited
done_testing
