# A batch's second expiry date on the screen (issue 14): a clerk is refused
# and told the quality manager records it; the quality manager is asked why
# below the refusal, and the line is saved with that reason in its history;
# Esc at the question saves nothing.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/ui/lib.sh"

init_db
add_fixtures
g add sales product=P1 qty=3 batch=B1 expiry=2028-01-31 sale_date=2026-03-05 customer=C1
is "$out" "1" "fixture: batch B1 expires 2028-01-31 (line 1)"
g_newpw clerk-pass-1 user add li --role clerk
g_newpw quality-pass-1 user add zhou --role quality

# new_line: a new sales line of batch b1 expiring 2028-02-29, saved (F2)
new_line() {
	keys 1
	wait_for "sales record" || return 1
	keys C-n
	wait_for "F2 Save" || return 1
	keys_text "P1"
	keys Tab Tab
	keys_text "1"
	keys Tab
	keys_text "b1"
	keys Tab Tab
	keys_text "2028-02-29"
	keys Tab
	keys_text "2026-03-06"
	keys Tab
	keys_text "C1"
	keys Tab
	keys F2
}

# wide enough for the whole refusal on its status line
GSPDESK_USER=li UI_COLS=200 ui_start
log_in clerk-pass-1
new_line
on_screen "the quality manager records it" "a clerk is told who records a second expiry"
case $(screen) in
*"Why?"*) not_ok "no question for a clerk" ;;
*) ok "no question for a clerk" ;;
esac
keys Escape
ui_stop

GSPDESK_USER=zhou ui_start
log_in quality-pass-1
new_line
on_screen "Why?" "the quality manager is asked why"
on_screen "the expiry of batch b1 on line 1" "below the refusal naming line 1"
keys Escape
wait_gone "Why?"
on_screen "the expiry of batch b1 on line 1" "Esc: the refusal stays on the form"
g list sales --format csv
is "$(printf '%s\n' "$out" | wc -l)" "2" "Esc saved nothing"
keys F2
wait_for "Why?"
keys_text "厂家说明函"
keys Enter
on_screen "Saved as record 2" "with the reason the line is saved"
ui_stop
g show sales 2 --history
like "$out" "厂家说明函" "its history keeps the reason"

done_testing
