# The full-screen program's door: it refuses to run without a terminal, a
# wrong password says so without saying which part was wrong, the right one
# opens the main menu with the status line, and quitting gives the terminal
# back.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/ui/lib.sh"

init_db

g
exit_is 2 "without a terminal the program refuses"
like "$err" "gspdesk --help" "and points to the commands"

ui_start
on_screen "Log in" "the login screen opens"
on_screen "User:" "it asks for the user"
like "$(screen)" "admin" "the user comes from GSPDESK_USER"

keys_text "wrong-password"
keys Enter
on_screen "Wrong user name or password." "a wrong password is refused"
unlike "$(screen)" "wrong-password" "the password is never shown"

keys_text "$ADMIN_PASSWORD"
keys Enter
on_screen "Main menu" "the right password opens the main menu"
s=$(screen)
like "$s" "1  Product sales record" "the sales record has hotkey 1"
like "$s" "admin (administrator)" "the status line shows the user and role"
like "$s" "$GSPDESK_DB" "the status line shows the database"
like "$s" "$TODAY" "the status line shows today's date"
like "$s" "F10 Quit" "the active keys are shown at the bottom"

keys F10
on_screen "Quit gspdesk? (y/n)" "F10 on the menu asks first, as Esc does"
keys y
if ui_exited; then ok "y quits"; else not_ok "y quits"; fi
is "$ui_rc" "0" "and the program exits 0"
unlike "$(screen)" "Main menu" "the full screen is gone: the terminal is restored"

done_testing
