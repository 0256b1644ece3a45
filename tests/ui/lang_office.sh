#!/bin/sh
# A fresh server (issue 22, "Chinese first"): only C.UTF-8, no --lang, no
# GSPDESK_LANG, an office in 杭州 made by a plain `init`: the login screen
# and the main menu are Chinese. Run without GSPDESK_LOCALEDIR, the build's
# binary finds its build tree's catalogue; with the catalogue missing the
# screens are English and the status line says why.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/ui/lib.sh"

unset GSPDESK_LANG
if [ "$HAVE_ZH" != yes ] || ! command -v gettext >/dev/null 2>&1; then
	echo "1..0 # SKIP no zh_CN catalogue or no gettext program"
	exit 0
fi
login_zh=$(zh "Log in")
menu_zh=$(zh "Main menu")
sales_zh=$(zh "Product sales record")

init_db

ui_start
on_screen "$login_zh" "C.UTF-8, no flag: the login screen is Chinese"
unlike "$(screen)" "Password:" "... with no English label"
keys_text "$ADMIN_PASSWORD"
keys Enter
on_screen "$menu_zh" "the main menu is Chinese"
like "$(screen)" "1  $sales_zh" "... its first entry the sales record's Chinese name"
ui_stop

# the build tree's catalogue, found beside the binary
ui_start_without_localedir() {
	ui_n=$((ui_n + 1))
	sock=$tmp/tmux.$ui_n.sock
	tm -f /dev/null new-session -d -s ui -x 100 -y 30 \
		"env -u GSPDESK_LOCALEDIR NO_COLOR=1 TERM=screen LANG=C.UTF-8 $GSPDESK_BIN; echo \"EXITED:\$?\"; sleep 600"
}
ui_start_without_localedir
on_screen "$login_zh" "without GSPDESK_LOCALEDIR: Chinese from the build tree"
ui_stop

mkdir -p "$tmp/empty"
GSPDESK_LOCALEDIR=$tmp/empty
ui_start
on_screen "catalogue is missing" "no catalogue: the status line says the Chinese one is missing"
like "$(screen)" "Log in" "... and the login screen is English"
ui_stop

done_testing
