# Issue 16: text planted in the file with sqlite3 (ESC sequences, a bidi
# override, a zero-width space, a newline in a one-line field) is drawn on
# the screens written out (\x1B, \u202E, \u200B, \n), never sent raw to the
# terminal.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/ui/lib.sh"

init_db
add_fixtures
g add sales product=P1 qty=10 batch=B1 sale_date=2026-11-20 customer=C1
exit_is 0 "a sale"
if ! have_sqlite3; then
	skip "planted text is drawn written out" "no sqlite3"
	done_testing
	exit 0
fi
"$SQLITE3" "$GSPDESK_DB" "UPDATE sales SET batch = 'B' || char(8238) || 'X' WHERE id = 1;
	UPDATE customers SET name = 'C' || char(8203) || char(27) || '[2J' || char(10) || 'Z' WHERE code = 'C1'"

ui_start
log_in "$ADMIN_PASSWORD"
keys 1
on_screen 'B\u202EX' "the sales list draws a planted bidi override written out"
keys Escape
keys c
on_screen 'C\u200B\x1B[2J Z' "the customers list draws ESC and a zero-width space written out (a newline as a space)"
case $(screen) in
*"$(printf '\342\200\256')"* | *"$(printf '\342\200\213')"*) not_ok "no raw bidi or zero-width character on the screen" ;;
*) ok "no raw bidi or zero-width character on the screen" ;;
esac
keys F10
ui_exited

done_testing
