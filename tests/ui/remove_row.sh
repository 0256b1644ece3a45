# F9 marks a roster row removed in words as well as colour, and says so;
# F9 again keeps it (issue 18). At 80x24 and 120x36, in Chinese.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/ui/lib.sh"

init_db
add_fixtures
g add training date=2026-11-20 topic=血糖仪操作 kind=customer trainer=李工 hours=1.5 customer=C1
g add attendees session=1 name=王护士
g list attendees --format csv
like "$out" "王护士" "a session with one attendee"
if [ "$HAVE_ZH" = yes ]; then
	word="（保存时删除）" said="保存时将删除此行" kept="此行保留"
else
	word="(removed when saved)" said="The row is removed when you save" kept="The row is kept."
fi

for size in 80x24 120x36; do
	ui_open "$size" "$ADMIN_PASSWORD" >/dev/null
	keys 5
	wait_highlighted "血糖仪操作" >/dev/null
	keys Enter
	wait_for "王护士" >/dev/null
	keys Tab Tab Tab Tab Tab Tab Tab
	keys F9
	on_screen "$said" "$size: F9 says the row is to be removed"
	like "$(screen | grep "王护士")" "$word" "$size: ... and the row says so in words"
	keys F9
	on_screen "$kept" "$size: F9 again keeps it"
	unlike "$(screen | grep "王护士")" "$word" "$size: ... and the words go"
	keys F10 y
	ui_exited
	ui_stop
done
done_testing
