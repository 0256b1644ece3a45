#!/bin/sh
# A terminal that goes away ends the program (the orphans seen spinning at
# full CPU, redrawing the menu for nobody): the shell that ran it dies of
# the hang-up without passing a SIGHUP on, so only the terminal itself can
# tell. At the login, at the menu (whose idle wake-ups redraw) and in a
# form with typed text, which is not saved.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/ui/lib.sh"

init_db
GSPDESK_IDLE_LOCK_SECONDS=2
export GSPDESK_IDLE_LOCK_SECONDS

# the gspdesk in the window: the one child of the window's shell
ui_pid() {
	up_shell=$(tm display-message -p -t ui '#{pane_pid}')
	pgrep -P "$up_shell" | head -n 1
}

# gone WHAT PID: checks PID ends within 15 s (a spinning one never does;
# under ASan on a busy machine the exit's leak check alone takes seconds)
gone() {
	g_i=0
	while [ "$g_i" -lt 150 ] && kill -0 "$2" 2>/dev/null; do
		sleep 0.1
		g_i=$((g_i + 1))
	done
	if kill -0 "$2" 2>/dev/null; then
		g_cpu=$(ps -o time= -p "$2")
		kill -9 "$2" 2>/dev/null
		not_ok "$1"
		diag "still running after 15 s, CPU $g_cpu"
	else
		ok "$1"
	fi
}

# hang_up WHAT: closes the window's terminal and checks the program ends.
hang_up() {
	hu_pid=$(ui_pid)
	if [ -z "$hu_pid" ]; then
		not_ok "$1: gspdesk runs in the window"
		return
	fi
	ui_stop
	gone "$1: the program ends when its terminal goes" "$hu_pid"
}

ui_start
wait_for "Password" >/dev/null
hang_up "at the login"

ui_start
log_in "$ADMIN_PASSWORD" >/dev/null
# past the idle time: the lock's wake-up is the path that spun
sleep 3
hang_up "at the menu, locked"

before=$("$SQLITE3" "$GSPDESK_DB" "SELECT count(*) FROM products")
ui_start
log_in "$ADMIN_PASSWORD" >/dev/null
keys p
wait_for "Products" >/dev/null
keys C-n
sleep 0.3
keys_text "HUP1"
keys Tab
keys_text "挂断的产品"
wait_for "挂断的产品" >/dev/null
hang_up "in a form"
after=$("$SQLITE3" "$GSPDESK_DB" "SELECT count(*) FROM products")
is "$after" "$before" "the half-typed product was not saved"

# A stop signal at the menu: the quit question the menu asks for F10 must
# not keep the program running (it answered "no" for nobody and spun).
for sig in TERM HUP INT; do
	ui_start
	log_in "$ADMIN_PASSWORD" >/dev/null
	pid=$(ui_pid)
	kill -s "$sig" "$pid"
	gone "SIG$sig at the menu ends the program" "$pid"
	ui_exited >/dev/null
	ui_stop
done

done_testing
