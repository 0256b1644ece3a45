# A training attendee's customer (the unit an operator works at) starts as
# the session's customer when a row is added to the roster (issue 18): the
# attendees form's rule "customer left empty takes the session's" shown
# from the start, and another typed over it is kept. At 80x24 and 120x36,
# in Chinese.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/ui/lib.sh"

init_db
add_fixtures
if [ "$HAVE_ZH" = yes ]; then topic="培训内容"; else topic="Topic"; fi

n=1
for size in 80x24 120x36; do
	ui_open "$size" "$ADMIN_PASSWORD" >/dev/null
	keys 5
	keys C-n
	wait_for "$topic" >/dev/null
	keys_text "2026-11-20"; keys Tab
	keys_text "血糖仪操作"; keys Tab
	keys_text "customer"; keys Tab
	keys Tab
	keys_text "1.5"; keys Tab
	keys_text "内科示教室"; keys Tab
	keys_text "C2"; keys Tab
	keys F3
	keys_text "王护士$n"
	wait_for "王护士$n" >/dev/null
	like "$(screen | grep "王护士$n")" "C2" "$size: a new attendee row starts with the session's customer"
	keys F2
	wait_highlighted "血糖仪操作" >/dev/null
	g list attendees --format csv
	like "$out" "王护士$n" "$size: the roster is saved"
	keys F10
	ui_exited
	ui_stop
	n=$((n + 1))
done
done_testing
