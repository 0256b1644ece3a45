# A role that may read but not change records (the general manager) gets
# the form to read: marked read only, no save key, typing refused with the
# reason; a void record reads the same way for everyone.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/ui/lib.sh"

init_db
add_fixtures
g add sales product=P1 qty=10 batch=B1 sale_date=2026-11-20 customer=C1
g add sales product=P1 qty=4 batch=B2 sale_date=2026-11-21 customer=C1
g void sales 2 --reason "entered twice"
g_newpw "boss-pass-1" user add boss --role manager
exit_is 0 "a general manager's account"

GSPDESK_USER=boss
ui_start
log_in "boss-pass-1"
keys 1
on_screen "B1" "the manager sees the sales list"
keys Enter
on_screen "(read only)" "the sale opens marked read only"
unlike "$(screen)" "F2 Save" "no save key on the bar"
keys Tab Tab
keys_text "99"
on_screen "Your role may read this record, not change it." "typing is refused with the reason"
unlike "$(screen)" "99" "and nothing typed shows"
keys Escape
keys F10
ui_exited

GSPDESK_USER=$ADMIN
ui_start
log_in "$ADMIN_PASSWORD"
keys 1
on_screen "B1" "the administrator's list"
keys F5
on_screen "2✗" "the void sale shown on request"
keys Down
keys Enter
on_screen "(void)" "it opens marked void"
keys_text "5"
on_screen "This record is void: it can be read, not changed." "and cannot be changed"
keys Escape
keys F10
ui_exited
g list sales --format csv --all
like "$out" "1,P1,5ml,10,B1," "the first sale is as it was"
done_testing
