# Keys that do what they say: Esc clears an active search before it leaves
# a list (the highlight staying on its record); a y/n question pressed with
# another key says which keys it takes; F10 on the main menu asks before
# quitting, as Esc does. At 80x24 and 120x36, in Chinese.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/ui/lib.sh"

init_db
add_fixtures
g add sales product=P1 qty=10 batch=A1 sale_date=2026-11-20 customer=C1
g add sales product=P1 qty=4 batch=B2 sale_date=2026-11-21 customer=C1
g add sales product=P1 qty=7 batch=A3 sale_date=2026-11-22 customer=C1
is "$out" "3" "three sales"

if [ "$HAVE_ZH" = yes ]; then
	menu=主菜单 leave=确定要离开 keyhint="请按 y 表示" quit="退出 gspdesk？"
else
	menu="Main menu" leave="Leave without saving" keyhint="Press y for yes" quit="Quit gspdesk?"
fi

for size in 80x24 120x36; do
	ui_open "$size" "$ADMIN_PASSWORD" >/dev/null
	keys 1
	on_screen "A3" "$size: the sales list"
	keys /
	keys_text "B2"
	keys Enter
	on_screen "/B2" "$size: a search for B2"
	wait_gone "A3"
	keys Escape
	on_screen "A3" "$size: Esc clears the search: every sale again"
	unlike "$(screen)" "/B2" "$size: the title no longer names it"
	unlike "$(screen)" "$menu" "$size: still in the list"
	is "$(highlighted | sed -n 's/^ *\([0-9][0-9]*\).*/\1/p')" "2" "$size: the highlight stays on the sale found"
	# a y/n question and a key that is no answer
	keys Enter
	wait_for "#2" >/dev/null
	keys Tab Tab
	keys_text "9"
	keys Escape
	on_screen "$leave" "$size: leaving asks first"
	keys x
	on_screen "$keyhint" "$size: another key: the question says which keys it takes"
	keys n
	wait_gone "$leave"
	like "$(screen | head -n 1)" "#2" "$size: n stays on the form"
	keys Escape
	wait_for "$leave" >/dev/null
	keys y
	wait_for "A3" >/dev/null
	keys Escape
	on_screen "$menu" "$size: Esc with no search leaves the list"
	keys F10
	on_screen "$quit" "$size: F10 on the main menu asks, as Esc does"
	keys n
	wait_gone "$quit"
	on_screen "$menu" "$size: n stays on the menu"
	keys F10
	wait_for "$quit" >/dev/null
	keys y
	if ui_exited; then ok "$size: y quits"; else not_ok "$size: y quits"; fi
	is "$ui_rc" "0" "$size: exit status 0"
	ui_stop
done
done_testing
