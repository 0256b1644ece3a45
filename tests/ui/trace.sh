# The trace screen from the menu's T entry: a batch typed at its prompt
# lists the three buyers of B1 (2 + 3 + 1 = 6 units) and the patient; B2
# is not there; Enter opens the sales line.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/ui/lib.sh"

init_db
add_fixtures
g add customers code=C3 name=丙诊所
g add sales product=P2 qty=2 batch=B1 sale_date=2026-10-01 customer=C1
g add sales product=P2 qty=3 batch=B1 sale_date=2026-10-02 customer=C2
g add sales product=P2 qty=1 batch=B1 sale_date=2026-10-03 customer=C3
g add sales product=P2 qty=9 batch=B2 sale_date=2026-10-03 customer=C3
g add implants sale=2 hospital=C2 patient=张三 use_date=2026-10-05

ui_start
log_in "$ADMIN_PASSWORD"
on_screen "Trace a batch or serial number" "the menu offers the trace"
keys t
on_screen "Batch or serial number" "the trace asks for the number"
keys_text "B1"
keys Enter
on_screen "total quantity sold 6 in 3 lines" "B1: three lines, 6 units"
like "$(screen)" "丙诊所" "the third buyer is listed"
like "$(screen)" "张三" "the patient is listed"
unlike "$(screen)" "    9  #4" "the B2 line is not"
keys Down
keys Enter
on_screen "Quantity" "Enter opens the sales line"
keys Escape
on_screen "total quantity sold 6" "back at the trace"
keys F10
if ui_exited; then ok "quits"; else not_ok "quits"; fi
done_testing
