# Shared set-up for the full-screen tests: the command-line test set-up
# (tests/cli/lib.sh: $tmp, a fixed environment, g, init_db, add_fixtures),
# plus a private tmux server that runs the real binary in a real terminal.
#   ui_start [ARGS]   runs gspdesk in a 100x30 window (or $UI_COLS x $UI_ROWS),
#                     C.UTF-8, no colour
#   keys KEY...       tmux send-keys (literal text with -l: keys_text)
#   type_fields V...  types each value and Tab after it ("" only Tab)
#   wait_for TEXT     waits (up to 20 s) until TEXT is on screen; 0 if it came
#   screen            the window's text now
#   highlighted       the text of the list's highlighted row (reverse video)
#   wait_highlighted  waits for a highlighted row holding a text, prints it
#   sel_id, sel_until ID  the highlighted row's id; waits for it to be ID
#   ui_open SIZE PW   ui_start at SIZE (80x24), in Chinese, logged in
#   ui_exited         waits for the program to end; $ui_rc is its status
#   switch_user N PW  logs out from the main menu and logs N in
#   ui_stop           ends the terminal (a new ui_start opens another)
# Tests wait for text on screen, never for fixed times.

: "${GSPDESK_TEST_SRCDIR:=$(cd "$(dirname "$0")/.." && pwd)}"
. "$GSPDESK_TEST_SRCDIR/cli/lib.sh"

TMUX_BIN=${TMUX_BIN:-$(command -v tmux || true)}
if [ -z "$TMUX_BIN" ]; then
	echo "1..0 # SKIP tmux is not installed"
	exit 0
fi
unset TMUX
ui_n=0
sock=$tmp/tmux.0.sock
tm() {
	"$TMUX_BIN" -S "$sock" "$@"
}
trap 'for sock in "$tmp"/tmux.*.sock; do [ -S "$sock" ] && ui_stop; done
[ -n "${KEEP_TMP:-}" ] && echo "# kept $tmp" || rm -rf "$tmp"' EXIT

# ui_stop: ends the tmux server and what runs in it. The program is asked
# to end first (SIGTERM stops it at any screen, nothing half-saved) and
# waited for: killed with its terminal, it could still be in its exit (a
# sanitizer's leak check) long after the test.
ui_stop() {
	us_pid=$(tm display-message -p -t ui '#{pane_pid}' 2>/dev/null)
	if [ -n "$us_pid" ] && pkill -TERM -P "$us_pid" -x gspdesk 2>/dev/null; then
		us_i=0
		while [ "$us_i" -lt 100 ] && pgrep -P "$us_pid" -x gspdesk >/dev/null; do
			sleep 0.1
			us_i=$((us_i + 1))
		done
	fi
	tm kill-server 2>/dev/null
}

ui_start() {
	# a server of its own each time: a killed one may still hold its socket
	ui_n=$((ui_n + 1))
	sock=$tmp/tmux.$ui_n.sock
	# The shell after the program prints its status, so a test can see both
	# that it ended and that the terminal came back usable.
	tm -f /dev/null new-session -d -s ui -x "${UI_COLS:-100}" -y "${UI_ROWS:-30}" \
		"env NO_COLOR=1 TERM=screen LANG=C.UTF-8 $GSPDESK_BIN $*; echo \"EXITED:\$?\"; sleep 600"
	tm set-option -t ui remain-on-exit on >/dev/null
}

keys() {
	tm send-keys -t ui "$@"
}

keys_text() {
	tm send-keys -t ui -l "$1"
}

type_fields() {
	for tf_v in "$@"; do
		[ -n "$tf_v" ] && keys_text "$tf_v"
		keys Tab
	done
}

screen() {
	tm capture-pane -p -t ui
}

# The highlighted row is drawn in reverse video across the whole width;
# the title, status and key names are reverse too but never start a list
# row at column 0 below line 2, nor fill the line.
highlighted() {
	hl_esc=$(printf '\033')
	tm capture-pane -p -e -t ui | sed -n '3,$p' | grep -m1 "^\($hl_esc\[[0-9;]*m\)*$hl_esc\[\([0-9]*;\)*7[;m]" |
		sed "s/$hl_esc\[[0-9;]*m//g"
}

# wait_highlighted TEXT: waits until the highlighted row holds TEXT and
# prints that row (a screen that still shows TEXT in a form is not enough).
wait_highlighted() {
	wh_i=0
	while [ "$wh_i" -lt 200 ]; do
		wh_row=$(highlighted)
		case $wh_row in
		*"$1"*)
			printf '%s\n' "$wh_row"
			return 0
			;;
		esac
		sleep 0.1
		wh_i=$((wh_i + 1))
	done
	diag "waited 20 s for a highlighted row with: $1" "screen was:" "$(screen)"
	printf '%s\n' "$wh_row"
	return 1
}

wait_for() {
	wf_i=0
	while [ "$wf_i" -lt 200 ]; do
		case $(screen) in
		*"$1"*) return 0 ;;
		esac
		sleep 0.1
		wf_i=$((wf_i + 1))
	done
	diag "waited 20 s for: $1" "screen was:" "$(screen)"
	return 1
}

# wait_gone TEXT: waits until TEXT is no longer on screen.
wait_gone() {
	wg_i=0
	while [ "$wg_i" -lt 200 ]; do
		case $(screen) in
		*"$1"*) ;;
		*) return 0 ;;
		esac
		sleep 0.1
		wg_i=$((wg_i + 1))
	done
	diag "waited 20 s for this to go: $1" "screen was:" "$(screen)"
	return 1
}

# on_screen TEXT DESC: one test, passing when TEXT shows up.
on_screen() {
	if wait_for "$1"; then ok "$2"; else not_ok "$2"; fi
}

ui_exited() {
	if wait_for "EXITED:"; then
		ui_rc=$(screen | sed -n 's/.*EXITED:\([0-9]*\).*/\1/p' | head -n 1)
		return 0
	fi
	ui_rc=
	return 1
}

# ui_open COLSxROWS PASSWORD: starts gspdesk in a window of that size, in
# Chinese when the catalogue is built, and logs $GSPDESK_USER in up to the
# main menu.
ui_open() {
	if [ "$HAVE_ZH" = yes ]; then
		uo_lang=--lang=zh_CN uo_password=密码 uo_menu=主菜单
	else
		uo_lang= uo_password=Password uo_menu="Main menu"
	fi
	UI_COLS=${1%x*} UI_ROWS=${1#*x} ui_start $uo_lang
	wait_for "$uo_password" && keys_text "$2" && keys Enter && wait_for "$uo_menu"
}

# log_in PASSWORD: types the password at the login screen (the user comes
# from $GSPDESK_USER) and waits for the main menu.
log_in() {
	wait_for "Password" || return 1
	keys_text "$1"
	keys Enter
	wait_for "Main menu"
}

# sel_id: the id in the highlighted row (its first column)
sel_id() {
	highlighted | sed -n 's/^ *\([0-9][0-9]*\).*/\1/p'
}

# sel_until ID: waits (up to 5 s) until the highlight is on ID, or with
# !ID until it leaves ID; prints where it is
sel_until() {
	su_i=0
	while [ "$su_i" -lt 50 ]; do
		su_id=$(sel_id)
		case $1 in
		!*) [ -n "$su_id" ] && [ "$su_id" != "${1#!}" ] && break ;;
		*) [ "$su_id" = "$1" ] && break ;;
		esac
		sleep 0.1
		su_i=$((su_i + 1))
	done
	echo "$su_id"
}

# switch_user NAME PASSWORD: from the main menu, logs out (X) and logs
# NAME in on the login screen that follows, waiting for the main menu.
switch_user() {
	if [ "$HAVE_ZH" = yes ]; then su_out=已退出登录 su_menu=主菜单; else su_out="logged out" su_menu="Main menu"; fi
	keys x
	wait_for "$su_out" || return 1
	keys_text "$1"
	keys Enter
	keys_text "$2"
	keys Enter
	wait_for "$su_menu"
}

# col_of LINE TEXT: the display column (Chinese counts 2) where TEXT starts
# in LINE, or -1.
col_of() {
	"$PY" -c '
import sys, unicodedata
line, text = sys.argv[1], sys.argv[2]
i = line.find(text)
print(-1 if i < 0 else sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line[:i]))
' "$1" "$2"
}
