# The menu opens on the due counts (today 2026-11-27): the implant P2 sold
# 2026-08-01 has no implant record, due 2026-10-30, 28 days late; the
# monitor P3's serial MON1 expiring 2026-12-10 is 13 days away. Each count opens its list; D opens
# them all; Enter opens the record.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/ui/lib.sh"

init_db
add_fixtures
g add sales product=P2 qty=1 serial=SN1 sale_date=2026-08-01 customer=C1
g add products code=P3 name=监护仪 sterile=no
g add sales product=P3 qty=1 serial=MON1 sale_date=2026-11-01 expiry=2026-12-10 customer=C2

ui_start
log_in "$ADMIN_PASSWORD"
on_screen "Due within 30 days:" "the menu shows what is due"
like "$(screen)" "1  (1 late) Implant record missing" "the late implant record, counted"
like "$(screen)" "1  Expiring at the customer" "the expiring line, counted"
# Up from the first entry wraps to the last line: the last count
keys Up
keys Enter
on_screen "-28 d" "the implant count opens its list, 28 days late"
unlike "$(screen)" "13 d" "only that kind"
keys Enter
on_screen "SN1" "Enter opens the sales line"
keys Escape
on_screen "-28 d" "back at the list"
keys Escape
on_screen "Main menu" "back at the menu"
keys d
on_screen "13 d" "D lists everything due"
like "$(screen)" "-28 d" "... the late one first"
keys F10
if ui_exited; then ok "quits"; else not_ok "quits"; fi

# at 80 columns in Chinese the counts come first: a long label is cut, the
# number of late rows never
ui_stop
if ui_open 80x24 "$ADMIN_PASSWORD" && [ "$HAVE_ZH" = yes ]; then
	on_screen "1  （1 项已逾期）" "80x24 in Chinese: the late count whole"
else
	skip "80x24 in Chinese: the late count whole" "no Chinese catalogue"
fi
done_testing
