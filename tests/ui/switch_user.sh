# Log out or switch user from the main menu without quitting (issue 18):
# X ends the session (a logout in the login log) and brings the login
# screen back, empty, in the same program; the next user works with their
# own role (a clerk's bar offers ^N on the sales list, a general manager's
# neither ^N nor F8); F10 on that login screen quits as at the start. At
# 80x24 and 120x36, in Chinese.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/ui/lib.sh"

init_db
add_fixtures
g add sales product=P1 qty=10 batch=B1 sale_date=2026-11-20 customer=C1
g_newpw "clerk-pass-1" user add lin --role clerk
exit_is 0 "a clerk's account"
g_newpw "boss-pass-1" user add boss --role manager
exit_is 0 "a general manager's account"

if [ "$HAVE_ZH" = yes ]; then
	entry="X  退出登录" out="lin 已退出登录" user=用户名 menu=主菜单 clerk="lin (内勤)"
	boss="boss (总经理)"
else
	entry="X  Log out" out="lin logged out" user="User:" menu="Main menu" clerk="lin (clerk)"
	boss="boss (general manager)"
fi

# the key bar: the last line
bar() {
	screen | tail -n 1
}

for size in 80x24 120x36; do
	GSPDESK_USER=lin
	ui_open "$size" "clerk-pass-1" >/dev/null
	on_screen "$entry" "$size: the menu offers to log out"
	on_screen "$clerk" "$size: the clerk is logged in"
	keys 1
	wait_for "B1" >/dev/null
	like "$(bar)" "^N" "$size: the clerk's bar offers ^N on the sales list"
	unlike "$(bar)" "F8" "$size: and no F8"
	keys Escape
	wait_for "$menu" >/dev/null

	keys x
	on_screen "$out" "$size: X logs the clerk out"
	user_line=$(screen | grep "$user")
	like "$user_line" "$user" "$size: the login screen is back"
	unlike "$user_line" "lin" "$size: with no user name filled in"
	keys_text boss
	keys Enter
	keys_text "boss-pass-1"
	keys Enter
	on_screen "$boss" "$size: the general manager is logged in, in the same program"
	unlike "$(screen)" "$clerk" "$size: nothing says the clerk any more"
	keys 1
	wait_for "B1" >/dev/null
	unlike "$(bar)" "^N" "$size: the manager's bar has no ^N"
	unlike "$(bar)" "F8" "$size: nor F8"
	keys Escape
	wait_for "$menu" >/dev/null

	# F10 on the login screen after a logout quits, as at the start
	keys x
	wait_for "$user" >/dev/null
	keys F10
	if ui_exited; then ok "$size: F10 on the login screen quits"; else not_ok "$size: F10 on the login screen quits"; fi
	is "$ui_rc" "0" "$size: with status 0"
	ui_stop
done

# the login log tells each logout
GSPDESK_USER=$ADMIN
g user log lin
like "$out" "logged out" "the clerk's logouts are in the login log"
g user log boss
like "$out" "logged out" "and the manager's"
done_testing
