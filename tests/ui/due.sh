#!/bin/sh
# The due screen (issue 17), today 2026-11-27, at 80 columns: sections by
# kind with their counts, the customer's name beside each row; ^K handles
# the selected row (done, with a note), which leaves the screen, the
# menu's count and the CLI's list; PgUp/PgDn/End/Home move over sections;
# another terminal's sale shows in the menu's counts at its next paint.
# Rows: the instrument set P3 batch A at C1, sterile until 2026-11-20
# and sold 2025-10-01: re-sterilise, 7 days late; the monitor MON1 at C2
# expiring 2026-12-10, 13 days.
. "${GSPDESK_TEST_SRCDIR:-$(cd "$(dirname "$0")/.." && pwd)}/ui/lib.sh"

init_db
add_fixtures
g add products code=P3 name=手术器械包 sterile=yes resterilisable=yes
g add products code=P4 name=监护仪 sterile=no
g add sales product=P3 qty=10 batch=A sale_date=2025-10-01 expiry=2026-11-20 customer=C1
g add sales product=P4 qty=1 serial=MON1 sale_date=2026-11-01 expiry=2026-12-10 customer=C2

UI_COLS=80 UI_ROWS=24 ui_start
log_in "$ADMIN_PASSWORD"
on_screen "1  (1 late) Re-sterilisation" "the menu counts the re-sterilisation row"
keys d
on_screen "Re-sterilisation: 1 (1 late)" "a section per kind, with its count"
like "$(screen)" "Expiring at the customer: 1" "... and the other kind"
like "$(screen)" "杭州市第一人民医院" "the customer's name at 80 columns"
like "$(screen)" "ABC_Clinic诊所" "... on each row"
row=$(wait_highlighted "-7 d")
like "$row" "手术器械包 A ×10" "the late row is selected first"
keys End
row=$(wait_highlighted "13 d")
like "$row" "监护仪 MON1" "End: the last row"
keys PPage
row=$(wait_highlighted "-7 d")
like "$row" "手术器械包" "PgUp: a page up, here the first row"
keys NPage
row=$(wait_highlighted "13 d")
like "$row" "监护仪 MON1" "PgDn: a page down, here the last row"
# ^X: the rows as a workbook, a row each under the column titles (row 4)
book=$tmp/due.xlsx
keys C-x
on_screen "due.xlsx" "the export offers due.xlsx"
keys C-u
keys_text "$book"
keys Enter
on_screen "Wrote $book." "it says where the workbook went"
if have_openpyxl; then
	got=$("$PY" -c 'import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])["Due"]
print(ws["A5"].value, ws["C5"].value, ws["D5"].value, ws["F5"].value, ws["D6"].value, ws["A7"].value)' "$book")
	is "$got" "Re-sterilisation -7 杭州市第一人民医院 1/3/A ABC_Clinic诊所 None" \
		"the workbook: kind, days left, customer and key of each row, soonest first"
else
	skip "the workbook: kind, days left, customer and key of each row" "no python3-openpyxl"
fi
keys Home
wait_highlighted "-7 d" >/dev/null
keys C-k
on_screen "Handled: how?" "^K asks how it was handled"
keys Enter
on_screen "Note" "... and for a note"
keys_text "已安排返厂灭菌"
keys Enter
on_screen "Handled (Done): Re-sterilise 手术器械包 A ×10" "the row is handled, said in words"
unlike "$(screen)" "resterilise 1/3/A" "... not with the command line's kind and key"
if wait_gone "Re-sterilisation:"; then ok "the handled row left the screen"; else not_ok "the handled row left the screen"; fi
row=$(wait_highlighted "13 d")
like "$row" "监护仪" "the selection moved to the row left"
keys Escape
on_screen "Main menu" "back at the menu"
if wait_gone "(1 late) Re-sterilisation"; then ok "the menu's count is gone"; else not_ok "the menu's count is gone"; fi
# another terminal sells a second monitor: the menu counts it at its next
# paint (a key), with no restart
g add sales product=P4 qty=1 serial=MON2 sale_date=2026-11-02 expiry=2026-12-12 customer=C2
like "$(screen)" "  1  Expiring at the customer" "one expiring row before"
keys Down
on_screen "  2  Expiring at the customer" "the menu counts another terminal's sale"
g due --handled --format csv
like "$out" "resterilise,1/3/A,done,已安排返厂灭菌,admin" "written as a handled record"
g due --format csv
unlike "$out" "resterilise" "the CLI lists it no more"
like "$out" "MON2" "... and lists the new sale"
keys F10
on_screen "Quit gspdesk? (y/n)" "F10 asks first"
keys y
if ui_exited; then ok "quits"; else not_ok "quits"; fi
done_testing
