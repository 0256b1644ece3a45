#!/bin/sh
# Promise: the full-screen program survives the terminal's weather and a
# dropped session never saves a half-typed change. While a stored sale is
# being edited (tests/ui/terminal.sh covers a new one, at the list): fifty
# resizes in a row, down to 20x10, leave the form as it was, typed input
# included, once the window is back at 100x30; SIGTERM and SIGHUP (also
# while the window is too small) end the program with the terminal back in
# its normal mode (stty shows icanon and echo) and the record unchanged.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/ui/lib.sh"
. "$GSPDESK_TEST_SRCDIR/reliability/lib.sh"

init_db
add_fixtures
g add sales product=P1 qty=10 batch=B1 sale_date=2026-11-20 customer=C1
is "$rc:$out" "0:1" "a sale to edit"
dump_db "$tmp/dump.before"

# ui_start, but after the program the shell prints the terminal's modes too
ui_start_stty() {
	ui_n=$((ui_n + 1))
	sock=$tmp/tmux.$ui_n.sock
	tm -f /dev/null new-session -d -s ui -x 100 -y 30 \
		"env NO_COLOR=1 TERM=screen LANG=C.UTF-8 $GSPDESK_BIN; echo \"EXITED:\$?\"; stty -a | tr ' ;' '\\n\\n' | grep -x -e icanon -e -icanon -e echo -e -echo | tr '\\n' ' '; echo STTY-END; sleep 600"
	tm set-option -t ui remain-on-exit on >/dev/null
}

# open sale 1 in its form and type a new quantity, unsaved
edit_half() {
	ui_start_stty
	log_in "$ADMIN_PASSWORD" || return 1
	keys 1
	wait_for "B1" || return 1
	keys Enter
	wait_for "Quantity" || return 1
	keys Tab Tab C-u
	keys_text "77"
	wait_for "77"
}

# signal_check SIG DESC: sends SIG to the program; it must end with the
# terminal restored and sale 1 unchanged
signal_check() {
	# the program is the only child of the window's shell (other tests may
	# run the same binary at the same time)
	pid=$(pgrep -P "$(tm display-message -p -t ui '#{pane_pid}')" || true)
	if [ -z "$pid" ]; then
		not_ok "$2: found the program"
		return
	fi
	kill -s "$1" "$pid"
	if ui_exited && wait_for "STTY-END"; then ok "$2: the program ends"; else not_ok "$2: the program ends"; fi
	modes=$(screen | sed -n 's/^\(.*\)STTY-END.*/\1/p')
	is "$modes" "icanon echo " "$2: the terminal is back in line mode with echo"
	unlike "$(screen)" "Quantity" "$2: the form is gone from the screen"
	unchanged_since "$tmp/dump.before" "$2: the half-typed change was not saved"
	ui_stop
}

if edit_half; then ok "sale 1 open with qty 77 typed"; else not_ok "sale 1 open with qty 77 typed"; fi

# fifty sizes, small and large, wide and narrow, the 20x10 among them
i=0
while [ "$i" -lt 50 ]; do
	case $((i % 10)) in
	0) w=20 h=10 ;; 1) w=100 h=30 ;; 2) w=60 h=20 ;; 3) w=132 h=43 ;; 4) w=80 h=24 ;;
	5) w=20 h=10 ;; 6) w=40 h=12 ;; 7) w=81 h=25 ;; 8) w=200 h=60 ;; *) w=79 h=23 ;;
	esac
	tm resize-window -t ui -x "$w" -y "$h"
	i=$((i + 1))
done
tm resize-window -t ui -x 20 -y 10
sleep 0.3
unlike "$(screen)" "EXITED" "at 20x10 after fifty resizes the program still runs"
tm resize-window -t ui -x 100 -y 30
on_screen "Quantity" "back at 100x30 the form is shown again"
scr=$(screen)
like "$scr" "77" "the typed quantity is still there"
like "$scr" "F2" "the key bar is back"
like "$scr" "Destination" "the form's fields are laid out again"
is "$(screen | wc -l | tr -d ' ')" 30 "the screen is 30 lines"
signal_check TERM "SIGTERM while editing after the resizes"

if edit_half; then ok "again: sale 1 open with 77 typed"; else not_ok "again: sale 1 open with 77 typed"; fi
signal_check HUP "SIGHUP while editing"

if edit_half; then ok "again: sale 1 open with 77 typed"; else not_ok "again: sale 1 open with 77 typed"; fi
tm resize-window -t ui -x 20 -y 10
sleep 0.3
signal_check HUP "SIGHUP while editing in a 20x10 window"

g show sales 1
like "$out" "(version 1)" "sale 1 is still version 1"
consistent "after the signals"

done_testing
