# Two terminals on one record: a save over a change made elsewhere since
# the form was opened is refused with a message before a reason is asked,
# the user's input stays on screen, and the other terminal's change is kept.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/ui/lib.sh"

init_db
add_fixtures
g add sales product=P1 qty=10 batch=B1 sale_date=2026-11-20 customer=C1
is "$out" "1" "a sale to work on"

ui_start
log_in "$ADMIN_PASSWORD"
keys 1
on_screen "B1" "the sale is listed"
keys Enter
on_screen "Quantity" "the sale opens in its form"
keys Tab Tab
keys C-u
keys_text "77"

# meanwhile, another terminal changes the same record
g edit sales 1 qty=12 --reason "delivery note corrected"
exit_is 0 "the other terminal saves first"

keys F2
on_screen "was changed by admin" "the save is refused at once: someone changed it meanwhile"
unlike "$(screen)" "Reason for the change" "no reason is asked for a save that cannot be kept"
like "$(screen)" "77" "what the user typed is still on screen"
g list sales --format csv
like "$out" "1,P1,5ml,12,B1," "the other terminal's change is kept"

keys Escape
on_screen "Leave without saving" "leaving asks first, since the input was not saved"
keys y
on_screen "B1" "back at the list"
keys F10
if ui_exited; then ok "quits"; else not_ok "quits"; fi
done_testing
