# A date in the future is refused as the user leaves its field, not only
# on save: the message names the field and today, the cursor stays on the
# date, and once corrected the line saves. At 80x24 and 120x36, in Chinese.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/ui/lib.sh"

init_db
add_fixtures

if [ "$HAVE_ZH" = yes ]; then
	future="2026-11-28 晚于今天" saved="已保存为第 "
else
	future="2026-11-28 is in the future" saved="Saved as record"
fi

n=0
for size in 80x24 120x36; do
	ui_open "$size" "$ADMIN_PASSWORD" >/dev/null
	keys 1
	wait_for "F1" >/dev/null
	keys C-n
	wait_for "*" >/dev/null
	keys_text "P1"; keys Tab Tab
	keys_text "3"; keys Tab
	keys_text "FUT$size"; keys Tab Tab Tab
	keys_text "2026/11/28"; keys Tab
	on_screen "$future" "$size: tomorrow is refused on leaving the date"
	# the cursor stayed on the date: what is typed now replaces it
	keys C-u
	keys_text "2026-11-27"; keys Tab
	wait_gone "$future"
	keys_text "C1"
	keys F2
	on_screen "$saved" "$size: corrected, the line saves"
	n=$((n + 1))
	g list sales --format csv
	like "$out" "FUT$size,,,2026-11-27,C1" "$size: with the date typed after the refusal"
	keys F10
	ui_exited
	ui_stop
done
is "$n" "2" "both sizes ran"
done_testing
