# F10 on the idle-lock screen asks before it throws away what is open
# (issue 18): n keeps the lock and, after the password, the half-typed
# form; y quits. At 80x24 and 120x36, in Chinese.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/ui/lib.sh"

init_db
GSPDESK_IDLE_LOCK_SECONDS=2
export GSPDESK_IDLE_LOCK_SECONDS
if [ "$HAVE_ZH" = yes ]; then ask="已填写但未保存的内容将丢失"; else ask="Anything typed and not saved is lost"; fi

n=1
for size in 80x24 120x36; do
	ui_open "$size" "$ADMIN_PASSWORD" >/dev/null
	keys p
	keys C-n
	wait_for "*" >/dev/null
	keys_text "P7$n"
	keys Tab
	keys_text "半途的产品$n"
	# typed first, then hidden by the lock: under load the typing may not
	# have reached the screen when the lock's wait begins
	wait_for "半途的产品$n" >/dev/null
	wait_gone "半途的产品$n"
	keys F10
	on_screen "$ask" "$size: F10 on the lock asks first"
	keys n
	wait_gone "$ask"
	unlike "$(screen)" "EXITED" "$size: n: still running, locked"
	keys_text "$ADMIN_PASSWORD"
	keys Enter
	on_screen "半途的产品$n" "$size: ... and the form comes back with what was typed"
	wait_gone "半途的产品$n"
	keys F10
	wait_for "$ask" >/dev/null
	keys y
	ui_exited
	ok "$size: y quits"
	ui_stop
	n=$((n + 1))
done
done_testing
