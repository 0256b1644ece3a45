# Fields that name a person start with the logged-in user (issue 18): a
# complaint's receiver, a service ticket's engineer (F_PERSON in the form
# file); the name is saved as it stands, and the first character typed
# over it replaces it. At 80x24
# (a clerk's complaint) and 120x36 (an engineer's ticket), in Chinese.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/ui/lib.sh"

init_db
add_fixtures
g_newpw clerk-pass-1 user add li --role clerk
g_newpw engineer-pass-1 user add wang --role engineer
if [ "$HAVE_ZH" = yes ]; then
	received="接收人" engineer="维修工程师"
else
	received="Received by" engineer="Engineer"
fi

# the form's line holding a label
line_of() {
	screen | grep -m1 "$1"
}

GSPDESK_USER=li
ui_open 80x24 clerk-pass-1 >/dev/null
keys 2
keys C-n
on_screen "$received" "80x24: a new complaint"
like "$(line_of "$received")" " li" "80x24: received by the clerk logged in"
keys_text "2026-11-20 09:30"; keys Tab
keys_text "C1"; keys Tab
keys_text "刘科长"; keys Tab
keys_text "P1"; keys Tab
keys_text "B1"; keys Tab Tab
keys_text "外包装破损"
keys F2
wait_highlighted "外包装破损" >/dev/null
GSPDESK_USER=$ADMIN
g show complaints 1 --format json
like "$out" '"received_by":"li"' "80x24: saved as received by li"
ui_stop

GSPDESK_USER=wang
ui_open 120x36 engineer-pass-1 >/dev/null
keys 6
keys C-n
on_screen "$engineer" "120x36: a new service ticket"
like "$(line_of "$engineer")" " wang" "120x36: its engineer is the one logged in"
# ten fields on, typing replaces the name
keys Tab Tab Tab Tab Tab Tab Tab Tab Tab Tab
keys_text "赵工"
wait_for "赵工" >/dev/null
like "$(line_of "$engineer")" "赵工" "120x36: a name typed replaces it"
unlike "$(line_of "$engineer")" "wang" "120x36: ... all of it"
ui_stop

done_testing
